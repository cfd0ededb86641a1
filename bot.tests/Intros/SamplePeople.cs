namespace ConnectorBot.Tests.Intros;

/// <summary>
/// Ten colleagues from the public sample who make five intended pairs, in pair order (0–1, 2–3, …): the people of the
/// round, settings and stats tests. Take the first 2n for n pairs.
/// </summary>
internal static class SamplePeople
{
    public static readonly (string Name, string Accomplish, string ConnectWith, string Offer)[] All =
    [
        ("Gwen Ito", "Get shop-floor checks off paper.", "someone who has already moved shop-floor checks from clipboards to devices", "I fixed the Wi-Fi dead zones in the warehouse last spring."),
        ("Samir Haddad", "Roll out tablets for hygiene checks in every site.", "someone who can sort out wireless coverage in a building full of steel racks", "I moved our HACCP checks onto iPads at the Leeds plant."),
        ("Siobhan Kerr", "Hire more veterans into engineering.", "someone who has come out of the armed services and knows where veterans look for jobs", "If the hiring manager is ready, I can get an offer out within a week."),
        ("Neil Brandt", "Fill two maintenance engineer roles before winter.", "someone in recruitment who can make us decide faster", "Ex-Royal Navy marine engineer. I still run the veterans' network."),
        ("Sunil Rao", "Know what customers really say about our snacks.", "someone with their finger on the pulse of everyday consumer chatter", "I handled comms through the 2022 product recall: press, social, statements, the lot."),
        ("Jade Okafor", "Prepare the brand team for a social media storm.", "someone who has been through a brand crisis online and can teach us", "I read what people really say about us day to day on social."),
        ("Gavin Doherty", "Plan iced-tea promotions around heatwaves instead of guessing.", "someone who can tell me if hot spells really sell more iced tea", "I did the post-mortem on every supermarket promotion we ran last year."),
        ("Sara Lind", "Get more people using our sales forecasts.", "someone who has watched a lot of in-store deals play out", "I lined up three years of Met Office temperature records against till data."),
        ("Malcolm Price", "Trial a four-day shift pattern.", "someone who has changed a shift pattern alongside a union without a walkout", "Plant director; I can sponsor a pilot on my lines."),
        ("Carmen Ruiz", "Find a plant willing to pilot new rosters.", "a senior operations leader willing to try it on a real line", "I negotiated the last roster change with the shop stewards at Leeds, and nobody walked out."),
    ];

    public static (string Name, string Accomplish, string ConnectWith, string Offer)[] Pairs(int count) => All[..(count * 2)];
}
