"""Common given names across the regions diplomatic coverage reports on.

A capitalised run that starts with one of these is typed PERSON even without a
title before it ("Elon Musk met..."); the list is deliberately conservative:
names that are also common English words are left out.
"""

from __future__ import annotations

from briefing_tui.entities.wordlists import words

GIVEN_NAMES = frozenset(
    words(
        """
        Aaron Abdel Abdul Abdullah Abdulla Abraham Adam Adrian Ahmad Ahmed Akbar Alain Alan
        Albert Aleksandr Aleksei Alex Alexander Alexandre Alexei Alexey Alexis Ali Alice
        Alison Amir Amos Ana Anatoly Anders Andrea Andreas Andrei Andrew Andrzej Angela
        Angelina Ann Anna Anne Annalena Anthony Antonio Antony Anwar Arkady Arnold Arseniy
        Ashraf Avi Avigdor Ayelet Aziz Bandar Barack Barbara Bashar Ben Benjamin Benny
        Bernard Bill Binyamin Boris Boyko Brian Bruno Carl Carlos Catherine Charles Chris
        Christian Christine Christopher Chuck Claude Colin Condoleezza Daniel David Dennis
        Derek Dick Dmitri Dmitriy Dmitry Donald Dora Douglas Ebrahim Edward Ehud Elena Eli
        Eliot Elizabeth Elon Emmanuel Emine Enrico Eric Erik Ernest Evgeny Fatima Fayez
        Felix Francesco Francis Francois François Frank Franz Fyodor Gabriel Gadi Gary
        Gennady George Georgy Gerhard Gideon Giorgia Giuseppe Gordon Gregory Hamad Hamid
        Hans Hassan Heiko Helmut Henry Hillary Hosni Hossein Hussein Ibrahim Igor Ilham Ilya
        Imran Ivan Jacob Jacques Jair Jake James Jan Janet Jared Javad Jean Jeremy Jim
        Joachim Joe John Jonathan Jose José Joseph Joshua Juan Julia Justin Kamala Karl
        Kassym Katherine Kevin Khaled Khalid Kim Klaus Konstantin Kurt Lars Laurent Leonid
        Liz Lloyd Luis Mahmoud Manuel Marco Margaret Maria Mark Martin Mary Masoud Matteo
        Matthew Maxim Meir Michael Michel Miguel Mikhail Mike Mohamed Mohammad Mohammed
        Moshe Muhammad Nadav Naftali Nancy Narendra Nasser Nathan Nicolas Nikita Nikolai
        Nikolay Nir Nouri Nuri Olaf Oleg Olga Olivier Omar Oskar Paul Pedro Peter Petr
        Philip Pierre Rafael Ramzan Recep Reuven Richard Rishi Robert Roger Ron Ronald
        Rudolf Rustam Saad Salman Sam Samuel Sarah Saud Sebastian Serge Sergei Sergey
        Shavkat Shimon Shinzo Silvio Simon Stephen Steve Steven Susan Tamar Theresa Thomas
        Tim Tom Tony Ursula Uzi Valentina Valery Vasily Viktor Vladimir Volodymyr Walter
        Wang William Xi Yair Yasser Yitzhak Yoav Yossi Yuri Yury Zalman Zeev Zvi
        Ze'ev Tzipi Tzvi Tzachi Naama Noa Yaffa Yael Yehuda Yehoshua Yonatan Yosef Yuval
        Gilad Eitan Ofer Orit Michal Shira Itamar Amnon Dov Efraim Haim Chaim Menachem
        Mordechai Natan Shlomo Shaul Uri Yigal Yoram Ariel Miri Rafi Moti Dani Danny
        Raphael Zachary Jane Jack Emily Emma Jennifer Jessica Laura Linda Lisa Rachel
        Rebecca Sophie Noah Ethan Ryan Scott Sean Patrick Kenneth Keith Neil Nicholas
        Harry Oliver Jason Jeffrey Greg Sabine Ulrike Wolfgang Jürgen Dieter Horst Günter
        Stefan Markus Heinz Sigmar Annegret Katrin Claudia Petra Monika Sergej Alexej
        Aleksej Andrej Nikolaj Dmitrij Wladimir Władimir Vlagyimir Jewgeni Yevgeny Evgeny
        Vyacheslav Tatiana Tatyana Natalia Irina Svetlana Lyudmila Saeb Ayman Hani Marwan
        Nabil Rami Walid Youssef Yusuf Mustafa Tariq Jamal Karim Samir Adel Ismail Joszi
        Péter Gábor László Zoltán István János Ferenc Tamás Zsolt Attila Jarosław Lech
        Mateusz Zbigniew Tomasz Piotr Krzysztof Radosław Witold Sergio Luigi Paolo Mario
        Romano
        Marek Paweł Michał Jacek Marcin Rafał Stanisław Władysław Józef Wojciech Sławomir
        Szymon Jerzy Ryszard Grzegorz Kazimierz Bronisław Wiaczesław Beata Ewa Agnieszka
        Małgorzata Katarzyna Joanna Gergely Katalin Balázs Szabolcs Levente Judit Mihály
        Sándor Imre József Miklós Lajos Gyula Benjámin Vlagyimir Szergej Dmitrij
        Александр Алексей Андрей Анатолий Борис Вадим Валентина Валерий Василий Виктор
        Владимир Вячеслав Геннадий Георгий Григорий Дмитрий Евгений Екатерина Елена Иван
        Игорь Ирина Константин Леонид Мария Михаил Наталья Николай Олег Ольга Павел Пётр
        Петр Сергей Светлана Татьяна Юрий Яков Беньямин Биньямин Моше Авигдор Берл
        """
    )
)
