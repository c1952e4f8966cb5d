namespace Quorum.Demo;

/// <summary>Names for the fictional London Borough of Brentmoor: wards, councillors, co-optees and officers.</summary>
internal static class DemoNames
{
    public const string CouncilName = "London Borough of Brentmoor";

    public const string CouncilSlug = "brentmoor";
    public const string Borough = "Brentmoor";
    public const string CivicCentre = "Brentmoor Civic Centre, Station Road, Brentmoor, BM1 2XY";
    public const string VirtualLink = "https://www.brentmoor.gov.uk/virtualmeeting";

    public static readonly string[] Wards =
    [
        "Belmont", "Canons", "Centenary", "Edgware Fields", "Greenhill", "Hatch End", "Headstone", "Kenton East",
        "Kenton West", "Marlborough", "Northwick Park", "Pinner South", "Rayners Lane", "Roxbourne", "Roxeth",
        "Stanmore Park", "Wealdstone North", "Wealdstone South", "West Harrowfield", "Whitchurch", "Queensbury Vale",
    ];

    public static readonly string[] GivenNames =
    [
        "Sue", "Simon", "Janet", "Christine", "Lynda", "Chloe", "Dean", "Rekha", "Maxine", "Lesline", "Chetna", "Phillip",
        "Richard", "Jo", "Pamela", "Ameet", "Barry", "Jerry", "Chris", "Paul", "Jeff", "Michael", "Kairul", "Ajay", "Aneka",
        "Susan", "Stephen", "Ghazanfar", "Kam", "Kiran", "Adam", "Antonio", "Angella", "Sachin", "Graham", "Marilyn",
        "Norman", "Pritesh", "Natasha", "Keith", "Varsha", "Krishna", "Mina", "David", "Honey", "Nitin", "Kanti", "Eden",
        "Salim", "Ramji", "Sarah", "Matthew", "Anjana", "Hitesh", "Zarina", "Niraj", "Rashmi", "Imran", "Priya", "Thomas",
        "Helen", "Oliver", "Farah", "Gareth", "Yvonne", "Rajesh",
    ];

    public static readonly string[] FamilyNames =
    [
        "Anderson", "Brown", "Mote", "Robson", "Seymour", "Smith", "Gilligan", "Shah", "Henson", "Lewinson", "Halai",
        "Odell", "Almond", "Dooley", "Fitzpatrick", "Jogia", "Kendler", "Miles", "Osborn", "Borio", "Marikar", "Maru",
        "Hall", "Wright", "Ali", "Chana", "Ramchandani", "Swersky", "Weiss", "Murphy-Strachan", "Henson", "Parmar",
        "Patel", "Ashton", "Baxter", "Chauhan", "Dattani", "Ferry", "Greek", "Hinkley", "Idaikkadar", "Jackson",
        "Kalsi", "Lammiman", "Moshenson", "Noyce", "Perry", "Rabadia", "Stevenson", "Thakrar", "Vithlani", "Williams",
        "Yogeswaran", "Macleod-Cullinane", "Dharmarajah", "Suresh", "Mithani", "Hearnden", "Bond", "Ghamrawi", "Hirani",
        "Pandya", "Coughlan", "Duffy", "Eldridge", "Lucas", "Quinn",
    ];

    /// <summary>Spelling variants packs print for a name, kept as aliases.</summary>
    public static readonly Dictionary<string, string> Variants = new()
    {
        ["Lynda"] = "Linda",
        ["Macleod-Cullinane"] = "MacLeod-Cullinane",
        ["Murphy-Strachan"] = "Murphy Strachan",
        ["Odell"] = "O'Dell",
        ["Ghazanfar"] = "Ghazanfer",
    };

    /// <summary>Statutory and senior officers: name, post. They sign reports, clear them and attend meetings.</summary>
    /// <summary>The Democratic Services officers who clerk the bodies, in turn; printed as each agenda's contact.</summary>
    public static readonly (string Name, string Title, string Phone)[] Clerks =
    [
        ("Rhiannon Marsh", "Senior Democratic and Electoral Services Officer", "020 8424 1785"),
        ("Tomasz Nowicki", "Senior Democratic and Electoral Services Officer", "020 8424 1542"),
        ("Adaeze Okafor", "Democratic and Electoral Services Officer", "020 8424 1323"),
        ("Graham Pyle", "Democratic and Electoral Services Officer", "020 8424 1782"),
    ];

    public static readonly (string Name, string Post)[] Officers =
    [
        ("Alex Dewsnap", "Chief Executive"),
        ("Dawn Calvert", "Director of Finance and Assurance"),
        ("Hugh Peart", "Director of Legal and Governance Services"),
        ("Paul Hewitt", "Corporate Director of People"),
        ("Patrick Flaherty", "Chief Planning Officer"),
        ("Carol Yarde", "Head of Public Health"),
        ("Peter Tolley", "Divisional Director, Children and Young People Service"),
        ("Jacinta Kane", "Head of Corporate Parenting"),
        ("Susan Dixson", "Head of Internal Audit"),
        ("Richard Le Brun", "Head of Community and Public Protection"),
        ("Jo Frost", "Finance Business Partner"),
        ("Sharon Daniels", "Head of Strategic and Technical Finance"),
        ("Sarah Wilson", "Deputy Monitoring Officer"),
        ("Frankie Belloli", "Senior Democratic Services Officer"),
        ("Mwim Chellah", "Senior Democratic and Electoral Services Officer"),
        ("Jeremy Randall", "Interim Pensions Manager"),
        ("David Eaglesham", "Head of Traffic, Highways and Asset Management"),
        ("Ellen Oliver", "Licensing Manager"),
    ];

    public static readonly string[] CooptedTitles = ["Mr", "Mrs", "Ms", "Reverend", "Dr"];
}
