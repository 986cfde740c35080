"""Nationality words tied to their country or region, as the English-language press writes them."""

from __future__ import annotations

# "Country: adjective, plural, ..." one line each; the country is the canonical name used
# by ``world`` for that country.
_TABLE = """
Afghanistan: Afghan, Afghans
Albania: Albanian, Albanians
Algeria: Algerian, Algerians
Argentina: Argentine, Argentinian, Argentines, Argentinians
Armenia: Armenian, Armenians
Australia: Australian, Australians
Austria: Austrian, Austrians
Azerbaijan: Azerbaijani, Azerbaijanis, Azeri, Azeris
Bahrain: Bahraini, Bahrainis
Bangladesh: Bangladeshi, Bangladeshis
Belarus: Belarusian, Belarusians
Belgium: Belgian, Belgians
Bolivia: Bolivian, Bolivians
Bosnia and Herzegovina: Bosnian, Bosnians
Brazil: Brazilian, Brazilians
Bulgaria: Bulgarian, Bulgarians
Cambodia: Cambodian, Cambodians
Canada: Canadian, Canadians
Chile: Chilean, Chileans
China: Chinese
Colombia: Colombian, Colombians
Croatia: Croatian, Croatians, Croat, Croats
Cuba: Cuban, Cubans
Cyprus: Cypriot, Cypriots
Czechia: Czech, Czechs
Denmark: Danish, Dane, Danes
Ecuador: Ecuadorian, Ecuadorians
Egypt: Egyptian, Egyptians
Eritrea: Eritrean, Eritreans
Estonia: Estonian, Estonians
Ethiopia: Ethiopian, Ethiopians
Finland: Finnish, Finn, Finns
France: French, Frenchman, Frenchmen
Georgia: Georgian, Georgians
Germany: German, Germans
Greece: Greek, Greeks
Hungary: Hungarian, Hungarians
India: Indian, Indians
Indonesia: Indonesian, Indonesians
Iran: Iranian, Iranians
Iraq: Iraqi, Iraqis
Ireland: Irish
Israel: Israeli, Israelis
Italy: Italian, Italians
Japan: Japanese
Jordan: Jordanian, Jordanians
Kazakhstan: Kazakh, Kazakhs, Kazakhstani
Kenya: Kenyan, Kenyans
Kuwait: Kuwaiti, Kuwaitis
Kyrgyzstan: Kyrgyz
Latvia: Latvian, Latvians
Lebanon: Lebanese
Libya: Libyan, Libyans
Lithuania: Lithuanian, Lithuanians
Malaysia: Malaysian, Malaysians
Mexico: Mexican, Mexicans
Moldova: Moldovan, Moldovans
Mongolia: Mongolian, Mongolians
Morocco: Moroccan, Moroccans
Myanmar: Burmese
Nepal: Nepali, Nepalese
Netherlands: Dutch, Dutchman
New Zealand: New Zealander, New Zealanders
Nigeria: Nigerian, Nigerians
North Korea: North Korean, North Koreans
Norway: Norwegian, Norwegians
Oman: Omani, Omanis
Pakistan: Pakistani, Pakistanis
Palestine: Palestinian, Palestinians
Peru: Peruvian, Peruvians
Philippines: Filipino, Filipinos, Philippine
Poland: Polish, Pole, Poles
Portugal: Portuguese
Qatar: Qatari, Qataris
Romania: Romanian, Romanians
Russia: Russian, Russians
Saudi Arabia: Saudi, Saudis
Serbia: Serbian, Serbians, Serb, Serbs
Singapore: Singaporean, Singaporeans
Slovakia: Slovak, Slovaks, Slovakian
Slovenia: Slovenian, Slovenians, Slovene, Slovenes
Somalia: Somali, Somalis
South Africa: South African, South Africans
South Korea: South Korean, South Koreans
Spain: Spanish, Spaniard, Spaniards
Sri Lanka: Sri Lankan, Sri Lankans
Sudan: Sudanese
Sweden: Swedish, Swede, Swedes
Switzerland: Swiss
Syria: Syrian, Syrians
Taiwan: Taiwanese
Tajikistan: Tajik, Tajiks
Thailand: Thai, Thais
Tunisia: Tunisian, Tunisians
Turkey: Turkish, Turk, Turks
Turkmenistan: Turkmen
Ukraine: Ukrainian, Ukrainians
United Arab Emirates: Emirati, Emiratis
United Kingdom: British, Briton, Britons
United States: American, Americans
Uzbekistan: Uzbek, Uzbeks
Venezuela: Venezuelan, Venezuelans
Vietnam: Vietnamese
Yemen: Yemeni, Yemenis
Zimbabwe: Zimbabwean, Zimbabweans
Soviet Union: Soviet, Soviets
Europe: European, Europeans
Africa: African, Africans
Asia: Asian, Asians
"""


def demonyms() -> dict[str, tuple[str, ...]]:
    """Each country or region with its nationality words."""
    table: dict[str, tuple[str, ...]] = {}
    for line in _TABLE.strip().splitlines():
        country, _, words = line.partition(":")
        table[country.strip()] = tuple(w.strip() for w in words.split(",") if w.strip())
    return table
