namespace Quorum.Bench.Corpus;

/// <summary>
/// Words and names for synthetic council papers. Word frequencies follow Zipf's law over a ranked vocabulary:
/// function words first, then council words, then a long tail of made-up names, so the number of distinct
/// terms keeps growing with corpus size the way a real archive's does.
/// </summary>
internal sealed class CouncilVocabulary
{
    public static readonly string[] FunctionWords = Split("""
        the of and to in a for be that is on by with this as will are at from or an it which has have not been
        its was were their all any should would may also these such other into than there under within more
        must but if no can where each those only between they over after following further its being under
        """);

    public static readonly string[] CouncilWords = Split("""
        council committee report recommendation members officer decision budget planning application housing
        services service resident residents community ward borough cabinet meeting agenda minutes item appendix
        consultation policy strategy development proposal proposals approval approved funding capital revenue
        cost costs financial implications legal risk risks equality impact assessment director corporate
        schools school children education social care adult adults health public safety transport highways
        road roads parking traffic waste recycling collection environment climate carbon energy building buildings
        property land site sites design conservation heritage licence licensing enforcement inspection inspections
        contract contracts procurement tender supplier value savings efficiency performance monitoring target
        targets quarter annual review scrutiny overview panel chair vice deputy leader portfolio holder
        resolved noted agreed considered received update progress programme project projects scheme schemes
        delivery support provision demand pressure pressures increase reduction overspend underspend reserves
        grant grants allocation government national local authority statutory duty duties guidance framework
        partnership partners voluntary sector business businesses economy employment skills training library
        libraries leisure parks open space trees flooding drainage maintenance repairs tenants rent rents
        homelessness temporary accommodation affordable homes dwellings units storey extension refurbishment
        demolition construction works permission conditions objection objections representations neighbours
        amenity noise light privacy access pedestrian cycle cycling bus junction crossing speed safety camera
        fostering adoption safeguarding disabilities special educational needs placement placements transition
        pupils teachers academy academies governors admissions places attainment ofsted outcomes standards
        wellbeing mental prevention early help families carers older people dementia hospital discharge
        integrated commissioning providers market fees charges income debt collection council tax benefit
        benefits pension fund investment treasury borrowing audit governance assurance internal external
        constitution petition petitions question questions deputation motion amendment vote votes declared
        interest interests pecuniary exempt information paragraph schedule background papers contact
        """);

    private static readonly string[] FirstNames = Split("""
        jane omar priya david sarah mohammed helen james anita peter rachel kwame grace thomas fatima michael
        susan ravi emma daniel aisha christopher laura sunil karen paul zainab andrew nadia richard claire
        yusuf margaret stephen leila john patricia hassan elizabeth simon deborah imran catherine mark julie
        """);

    private static readonly string[] Syllables = Split("""
        ash worth brook field ham ton ley well mere stan more green hill dale wick ford bury chester cot
        lang mar win har row pin ner ed gware ken ton kings bridge wood croft stead hurst lea thorn ley
        bel grave mont rose hay wards heath nor wood sel by dun stable wem bley alp er ton rick mans
        """);

    private static readonly string[] StreetSuffixes = ["Road", "Street", "Avenue", "Lane", "Close", "Way", "Gardens", "Crescent", "Drive", "Hill"];
    private static readonly string[] SchoolSuffixes = ["Primary School", "High School", "Academy", "Infant School", "Junior School", "Church of England School"];

    public const int LongTailSize = 200_000;
    private const double ZipfExponent = 1.2;

    private readonly string[] ranked;
    private readonly double[] cumulative;

    public IReadOnlyList<string> Streets { get; }
    public IReadOnlyList<string> Schools { get; }
    public IReadOnlyList<(string Slug, string Name)> Councillors { get; }

    public CouncilVocabulary(ulong seed)
    {
        var random = new SplitMix64(seed);
        var tail = new HashSet<string>(StringComparer.Ordinal);
        while (tail.Count < LongTailSize)
        {
            tail.Add(MadeUpName(ref random).ToLowerInvariant());
        }
        ranked = [.. FunctionWords, .. CouncilWords, .. tail];

        // Zipf with s = 1.2: the 500 most frequent words make about three quarters of running text, as in
        // English prose, and the long tail still adds new terms as the corpus grows.
        cumulative = new double[ranked.Length];
        var total = 0.0;
        for (var i = 0; i < ranked.Length; i++)
        {
            total += Math.Pow(i + 1, -ZipfExponent);
            cumulative[i] = total;
        }
        for (var i = 0; i < cumulative.Length; i++)
        {
            cumulative[i] /= total;
        }

        Streets = [.. Enumerable.Range(0, 3000).Select(_ => $"{Capital(MadeUpName(ref random))} {random.Pick(StreetSuffixes)}").Distinct()];
        Schools = [.. Enumerable.Range(0, 800).Select(_ => $"{Capital(MadeUpName(ref random))} {random.Pick(SchoolSuffixes)}").Distinct()];
        var surnames = Enumerable.Range(0, 600).Select(_ => Capital(MadeUpName(ref random))).Distinct().ToList();
        Councillors = [.. Enumerable.Range(0, 1200)
            .Select(_ => (First: Capital(random.Pick(FirstNames)), Last: random.Pick(surnames)))
            .DistinctBy(n => n.First + n.Last)
            .Select(n => ($"cllr-{n.First}-{n.Last}".ToLowerInvariant(), $"Councillor {n.First} {n.Last}"))];
    }

    public int Count => ranked.Length;

    public string this[int rank] => ranked[rank];

    /// <summary>A word by Zipf rank.</summary>
    public string Draw(ref SplitMix64 random)
    {
        var u = random.Unit();
        var index = Array.BinarySearch(cumulative, u);
        return ranked[index < 0 ? Math.Min(~index, ranked.Length - 1) : index];
    }

    public static string CouncilWord(ref SplitMix64 random) => CouncilWords[random.Below(CouncilWords.Length)];

    private static string MadeUpName(ref SplitMix64 random)
    {
        var parts = random.Between(2, 4);
        var name = "";
        for (var i = 0; i < parts; i++)
        {
            name += Syllables[random.Below(Syllables.Length)];
        }
        return name;
    }

    public static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string[] Split(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
