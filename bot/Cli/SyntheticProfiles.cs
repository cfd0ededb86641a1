using ConnectorBot.Matching;

namespace ConnectorBot.Cli;

/// <summary>
/// Realistic-looking members composed from templates with a fixed seed: each asks about one topic and can help with
/// another, in varied phrasings, so the benchmark exercises the same text paths as real profiles.
/// </summary>
public static class SyntheticProfiles
{
    private static readonly (string Topic, string[] Titles, string[] Asks, string[] Offers)[] Topics =
    [
        ("hiring", ["Talent Acquisition Partner", "Recruiter"], ["someone who can speed up our hiring process", "a recruiter who knows where {0} look for jobs"], ["I run recruitment for {0} and can get an offer out fast", "I have hired dozens of {0}"]),
        ("wifi", ["Network Engineer", "IT Support Lead"], ["someone who can fix the wireless coverage in our {1}", "anyone who has sorted out Wi-Fi dead zones"], ["I fixed the Wi-Fi dead zones in the {1}", "I design wireless networks for big sites"]),
        ("budget", ["FP&A Analyst", "Finance Business Partner"], ["someone who can help me build a budget forecast", "a finance person who understands cost control"], ["I build budgets and forecasts for {0}", "I run the monthly variance analysis"]),
        ("gdpr", ["Data Protection Officer", "Privacy Counsel"], ["someone who understands GDPR for {0} data", "anyone who has handled a subject access request"], ["I handle data protection and privacy questions", "I wrote our GDPR policy"]),
        ("soc2", ["Security Compliance Manager", "Security Engineer"], ["someone who has taken a SaaS product through SOC 2", "anyone who has run a security audit"], ["I ran our security compliance audit last year", "I own our ISO 27001 controls"]),
        ("mobile", ["Mobile Developer", "iOS Engineer"], ["someone who has built mobile apps for {0}", "a developer who can build a phone app"], ["I built the app our {0} use every day", "I ship iOS and Android apps"]),
        ("onboarding", ["People Partner", "L&D Manager"], ["someone who has redesigned onboarding for new starters", "anyone who runs induction for {0}"], ["I run onboarding for every new starter", "I designed our induction programme"]),
        ("carbon", ["Sustainability Analyst", "Head of Sustainability"], ["someone doing carbon accounting who needs help", "anyone who knows Scope 3 emissions"], ["I lead our greenhouse gas inventory", "I report our carbon footprint"]),
        ("lean", ["Continuous Improvement Lead", "Operations Manager"], ["someone who has run kaizen events on the shop floor", "a lean expert for our {1}"], ["I ran lean six sigma projects in the {1}", "I coach teams on continuous improvement"]),
        ("photo", ["Studio Photographer", "Content Producer"], ["someone who can make our products look good on camera", "a photographer for {0} shoots"], ["I shoot product photos with styling and lighting", "I run the photo studio"]),
        ("crisis", ["Communications Manager", "PR Lead"], ["someone who has handled a brand crisis online", "anyone who knows crisis comms"], ["I ran comms through a product recall", "I handle press and media relations"]),
        ("data", ["Data Scientist", "Machine Learning Engineer"], ["someone who can predict failures from sensor data", "a data scientist for a forecasting model"], ["I build predictive models from sensor data", "I did my thesis on machine learning"]),
        ("union", ["Employee Relations Manager", "HR Business Partner"], ["someone who changed shift patterns with a union", "anyone who has negotiated a rota change"], ["I negotiated the last rota change with the shop stewards", "I lead collective bargaining with the unions"]),
        ("warehouse", ["Warehouse Manager", "Logistics Lead"], ["someone who has implemented voice picking", "anyone who runs a warehouse management system"], ["I rolled out voice picking across two warehouses", "I manage pallets and inventory in the {1}"]),
        ("nutrition", ["Registered Dietitian", "Nutritionist"], ["a nutrition expert to rework the canteen menu", "someone who knows healthy eating"], ["I am a registered dietitian", "I advise on nutrition and menus"]),
        ("events", ["Event Manager", "Trade Show Manager"], ["someone who can get us a booth at a trade show", "anyone who organises conferences"], ["I have run forty trade shows", "I plan our events and conferences"]),
        ("erp", ["ERP Consultant", "SAP Analyst"], ["someone who has migrated to a new ERP", "anyone who knows SAP finance"], ["I led our SAP rollout", "I support the ERP system every day"]),
        ("mentoring", ["Founder in Residence", "Engineering Director"], ["a mentor who has founded a startup", "someone who left a big company to start a business"], ["I founded two startups before joining", "I mentor new managers"]),
        ("spanish", ["Account Manager, LATAM", "Translator"], ["someone who speaks Spanish for a customer call", "a translator for our {0} docs"], ["I speak fluent Spanish and Portuguese", "I translate marketing copy"]),
        ("safety", ["Health and Safety Advisor", "EHS Manager"], ["someone who can run a risk assessment on the {1}", "anyone who knows manual handling training"], ["I run risk assessments and safety training", "I investigate near misses in the {1}"]),
    ];

    private static readonly string[] FirstNames = ["Alex", "Sam", "Priya", "Jonas", "Maria", "Chen", "Fatima", "Liam", "Aisha", "Tomasz", "Yuki", "Omar", "Elena", "Kwame", "Sofia", "Raj"];
    private static readonly string[] LastNames = ["Smith", "Okafor", "Nakamura", "García", "Müller", "Khan", "Novak", "Silva", "Brown", "Haddad", "Larsen", "Patel"];
    private static readonly string[] Groups = ["engineers", "nurses", "drivers", "store staff", "graduates", "veterans", "customers", "agents"];
    private static readonly string[] Places = ["warehouse", "factory", "head office", "distribution centre", "plant", "call centre"];
    private static readonly string[] Departments = ["Operations", "Finance", "HR", "IT", "Marketing", "Engineering", "Legal", "Sales"];

    public static List<MatchProfile> Generate(int count, int seed)
    {
        Random random = new(seed);
        List<MatchProfile> profiles = new(count);
        for (var i = 0; i < count; i++)
        {
            var ask = Topics[random.Next(Topics.Length)];
            var give = Topics[random.Next(Topics.Length)];
            string Fill(string template) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Groups[random.Next(Groups.Length)], Places[random.Next(Places.Length)]);
            profiles.Add(new MatchProfile(
                $"s{i:D6}",
                $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}",
                Departments[random.Next(Departments.Length)],
                give.Titles[random.Next(give.Titles.Length)],
                $"Improve how we handle {ask.Topic} in the {Places[random.Next(Places.Length)]} this year.",
                Fill(ask.Asks[random.Next(ask.Asks.Length)]),
                random.Next(5) == 0 ? string.Empty : Fill(give.Offers[random.Next(give.Offers.Length)])));
        }

        return profiles;
    }
}
