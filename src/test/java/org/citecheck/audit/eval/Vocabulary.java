package org.citecheck.audit.eval;

import java.util.List;
import java.util.Random;

/**
 * The words generated reports are made of: people, organisations, outlets, places, title words and
 * the pieces of body sentences. Wide enough that two random titles rarely share a word, so a short
 * form that names the wrong work does not match its target by chance.
 */
final class Vocabulary {

  static final List<String> FIRST_NAMES =
      List.of(
          "Anna",
          "Boris",
          "Carmen",
          "Dmitri",
          "Elena",
          "Farid",
          "Greta",
          "Hassan",
          "Ines",
          "Jonas",
          "Katarina",
          "Leila",
          "Marek",
          "Nadia",
          "Oleg",
          "Priya",
          "Quentin",
          "Rosa",
          "Samir",
          "Tamara",
          "Umar",
          "Vera",
          "Wojciech",
          "Ximena",
          "Yusuf",
          "Zofia",
          "Arman",
          "Beatrix",
          "Cem",
          "Daria",
          "Emeka",
          "Fatima",
          "Giorgi",
          "Helga",
          "Ivo",
          "Jelena",
          "Kemal",
          "Lucia",
          "Milan",
          "Nino",
          "Olga",
          "Pavel",
          "Rustam",
          "Sofia",
          "Tomas",
          "Ulla",
          "Viktor",
          "Wiebke",
          "Yana",
          "Zurab");

  static final List<String> SURNAMES =
      List.of(
          "Abashidze",
          "Bergström",
          "Castellano",
          "Dragomir",
          "Esposito",
          "Fischer",
          "Gasparyan",
          "Halilović",
          "Ivanova",
          "Jovanović",
          "Kowalczyk",
          "Lindqvist",
          "Mammadov",
          "Novak",
          "Okonkwo",
          "Petrenko",
          "Quiroga",
          "Rahimov",
          "Schneider",
          "Tsereteli",
          "Urbanek",
          "Vasquez",
          "Wiśniewski",
          "Yilmaz",
          "Zaharia",
          "Aliyeva",
          "Baranov",
          "Chkheidze",
          "Dumitrescu",
          "Eriksen",
          "Fontaine",
          "Grigoryan",
          "Horvat",
          "Ismailov",
          "Janković",
          "Kuznetsova",
          "Lazarev",
          "Morozov",
          "Nazarbayeva",
          "Ortega",
          "Pavlović",
          "Rossi",
          "Sokolova",
          "Tamm",
          "Ulyanova",
          "Volkov",
          "Weber",
          "Yermakova",
          "Zeynalov",
          "Kim",
          "Mendes",
          "Haddad",
          "Nakamura",
          "Osei",
          "Delacroix",
          "McAllister",
          "van Dijk");

  static final List<String> ORGANISATIONS =
      List.of(
          "World Bank",
          "International Crisis Group",
          "Human Rights Watch",
          "Amnesty International",
          "Council of Europe",
          "European Commission",
          "United Nations Development Programme",
          "UNHCR",
          "International Monetary Fund",
          "Transparency International",
          "Freedom House",
          "OECD",
          "International Committee of the Red Cross",
          "European Court of Auditors",
          "Carnegie Endowment",
          "Stockholm International Peace Research Institute",
          "Chatham House",
          "Venice Commission",
          "Organization for Security and Co-operation in Europe",
          "Norwegian Refugee Council");

  static final List<String> OUTLETS =
      List.of(
          "The Guardian",
          "Reuters",
          "Le Monde",
          "Deutsche Welle",
          "Al Jazeera",
          "Financial Times",
          "The Daily Star",
          "Kyiv Post",
          "Eurasianet",
          "BBC News",
          "Radio Free Europe",
          "Balkan Insight",
          "The Moscow Times",
          "Politico Europe",
          "Foreign Policy",
          "The Economist",
          "Hürriyet Daily News",
          "Meduza",
          "Civil.ge",
          "OC Media",
          "Novaya Gazeta",
          "El País",
          "Der Spiegel",
          "Associated Press");

  static final List<String> JOURNALS =
      List.of(
          "Journal of Peace Research",
          "Survival",
          "Europe-Asia Studies",
          "International Affairs",
          "Security Dialogue",
          "Nationalities Papers",
          "Journal of Democracy",
          "Post-Soviet Affairs",
          "Caucasus Survey",
          "Global Governance");

  static final List<String> PUBLISHERS =
      List.of(
          "London: Routledge",
          "Oxford: Oxford University Press",
          "Cambridge: Cambridge University Press",
          "Baden-Baden: Nomos",
          "New York: Columbia University Press",
          "Washington, DC: Brookings",
          "Berlin: Springer",
          "Ithaca: Cornell University Press",
          "Stanford: Stanford University Press");

  static final List<String> DOMAINS =
      List.of(
          "example.org",
          "news.example.com",
          "reports.example.net",
          "www.policy-institute.example",
          "www.ministry.example.gov",
          "archive.example.eu",
          "blog.example.org",
          "www.observer.example",
          "data.example.int",
          "www.monitor.example");

  static final List<String> TITLE_ADJECTIVES =
      List.of(
          "Fragile",
          "Frozen",
          "Protracted",
          "Regional",
          "Hybrid",
          "Contested",
          "Shifting",
          "Uneven",
          "Silent",
          "Uncertain",
          "Divided",
          "Emerging",
          "Informal",
          "Forgotten",
          "Strategic",
          "Local",
          "Porous",
          "Incomplete",
          "Managed",
          "Delayed");

  static final List<String> TITLE_NOUNS =
      List.of(
          "Ceasefire",
          "Borders",
          "Mediation",
          "Sanctions",
          "Elections",
          "Pipelines",
          "Refugees",
          "Militias",
          "Reforms",
          "Corruption",
          "Minorities",
          "Peacekeeping",
          "Diplomacy",
          "Remittances",
          "Water",
          "Drones",
          "Mining",
          "Courts",
          "Pensions",
          "Language",
          "Churches",
          "Railways",
          "Grain",
          "Fisheries",
          "Tariffs",
          "Monuments",
          "Archives",
          "Universities",
          "Hospitals",
          "Harbours",
          "Orchards",
          "Bridges",
          "Landmines",
          "Customs",
          "Broadcasting",
          "Cooperatives");

  static final List<String> TITLE_PLACES =
      List.of(
          "the South Caucasus",
          "Central Asia",
          "the Western Balkans",
          "Moldova",
          "the Black Sea Region",
          "Eastern Ukraine",
          "the Baltic States",
          "the Fergana Valley",
          "Transnistria",
          "Abkhazia",
          "the Danube Basin",
          "Kosovo",
          "the Caspian Littoral",
          "Georgia",
          "Armenia",
          "Kyrgyzstan");

  static final List<String> SUBJECTS =
      List.of(
          "The government",
          "Observers",
          "The mission",
          "Local authorities",
          "The coalition",
          "Several donors",
          "The opposition",
          "Regional leaders",
          "The mediators",
          "Civil society groups",
          "The ministry",
          "International partners",
          "The parliament",
          "Independent analysts",
          "The central bank",
          "Humanitarian agencies",
          "The delegation",
          "Border guards",
          "The court",
          "Local journalists");

  static final List<String> VERBS =
      List.of(
          "announced",
          "rejected",
          "postponed",
          "welcomed",
          "criticised",
          "negotiated",
          "supported",
          "questioned",
          "documented",
          "reported",
          "endorsed",
          "delayed",
          "described",
          "reviewed",
          "proposed",
          "blocked",
          "monitored",
          "financed",
          "investigated",
          "defended");

  static final List<String> OBJECTS =
      List.of(
          "the accord",
          "the new strategy",
          "a fresh round of talks",
          "the reform package",
          "the roadmap",
          "the border agreement",
          "the draft law",
          "the monitoring mechanism",
          "the peace plan",
          "the transit arrangement",
          "the budget",
          "the electoral code",
          "the return programme",
          "the water-sharing deal",
          "the customs union",
          "the trade corridor",
          "the amnesty",
          "the confidence-building measures",
          "the reconstruction fund",
          "the demining effort");

  static final List<String> TAILS =
      List.of(
          "despite strong objections",
          "after months of delay",
          "without much public debate",
          "under considerable pressure",
          "with cautious optimism",
          "in the face of criticism",
          "at the last moment",
          "for the first time",
          "behind closed doors",
          "in a joint statement",
          "with little enthusiasm",
          "amid growing tension");

  static final List<String> HEADINGS =
      List.of(
          "Background",
          "The negotiations",
          "Domestic politics",
          "Economic dimensions",
          "The regional context",
          "International responses",
          "Security on the ground",
          "Lessons learned",
          "Prospects",
          "Humanitarian consequences",
          "Institutions and reform",
          "Conclusions");

  static final List<String> QUOTES =
      List.of(
          "we will not give up an inch",
          "the door remains open",
          "this is a historic day",
          "there is no military solution",
          "we need guarantees, not promises",
          "the talks are over",
          "nobody wants a new war",
          "time is on our side");

  static final List<String> MONTHS =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  private Vocabulary() {}

  static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
