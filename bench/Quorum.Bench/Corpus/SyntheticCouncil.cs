using System.Text;
using NodaTime;
using Quorum.Search;

namespace Quorum.Bench.Corpus;

/// <summary>
/// Agenda packs of an imaginary group of 8 councils × 5 committees, 2000–2026, oldest first, for benchmarks.
/// Every pack depends only on (seed, pack number), so a corpus of any size is reproducible and its first packs are
/// the same at 100k and at 1M pages. A pack holds agenda items, report pages (350–450 words each, with a topic so
/// terms are bursty), minutes and resolutions; about 1 in 100 items is exempt and must be withheld by the index.
/// </summary>
internal sealed class SyntheticCouncil
{
    private static readonly string[] Councils = ["Harrow", "Barnet", "Brent", "Ealing", "Hillingdon", "Hounslow", "Camden", "Enfield"];
    private static readonly string[] CommitteeTypes = ["Planning Committee", "Cabinet", "Overview and Scrutiny Committee", "Licensing Committee", "Audit and Governance Committee"];
    private static readonly LocalDate First = new(2000, 1, 6);
    private static readonly LocalDate Last = new(2026, 12, 17);

    /// <summary>Phrases residents search for; inserted into text so phrase queries have real hits.</summary>
    public static readonly string[] StockPhrases =
    [
        "equality impact assessment", "social care", "council tax", "open space", "special educational needs",
        "affordable housing", "temporary accommodation", "capital programme", "medium term financial strategy",
        "local plan", "air quality", "school places", "conservation area", "planning permission", "section 106",
        "waste collection", "climate emergency", "youth services", "street lighting", "community safety",
        "public health", "housing revenue account", "fixed penalty notice", "controlled parking zone", "tree preservation order",
    ];

    private static readonly string[] ItemTitles =
    [
        "{0} strategy {1}", "{0} review", "Annual {0} report", "{0} update", "Petition: {0} on {2}",
        "Planning application: {3} {2}", "{4} expansion", "Budget monitoring quarter {5}", "{0} and {6} performance",
        "Consultation on {0}", "Proposed {0} scheme for {2}", "{0} contract award",
    ];

    private readonly ulong seed;
    private readonly int expectedPacks;

    public CouncilVocabulary Vocabulary { get; }
    public IReadOnlyList<CommitteeRef> Committees { get; }

    /// <param name="pages">How many public documents the corpus should hold; sets the number of packs so dates span 2000–2026.</param>
    public SyntheticCouncil(ulong seed, int pages)
    {
        this.seed = seed;
        Vocabulary = new CouncilVocabulary(seed);
        Committees = [.. Councils.SelectMany(council => CommitteeTypes.Select(type =>
            new CommitteeRef($"{council}-{type}".ToLowerInvariant().Replace(' ', '-'), $"{council} {type}")))];
        expectedPacks = Math.Max(1, pages / 95);
    }

    /// <summary>Packs oldest first until <paramref name="pages"/> public documents have been produced.</summary>
    public async IAsyncEnumerable<IndexedSource> PacksAsync(int pages)
    {
        var produced = 0;
        for (var number = 0; produced < pages; number++)
        {
            var pack = Pack(number);
            produced += pack.Documents.Count(d => d.Visibility == DocumentVisibility.Public);
            yield return pack;
            if (number % 64 == 0)
            {
                await Task.Yield();
            }
        }
    }

    public LocalDate DateOf(int number)
    {
        var span = Period.DaysBetween(First, Last);
        return First.PlusDays((int)((long)span * Math.Min(number, expectedPacks) / expectedPacks));
    }

    /// <summary>One meeting's published papers.</summary>
    public IndexedSource Pack(int number, int? reportPages = null)
    {
        var random = new SplitMix64(SplitMix64.Mix(seed, (ulong)number));
        // Busier committees meet more: weight 1/(k+1)^0.7.
        var committee = Committees[SkewedIndex(ref random, Committees.Count)];
        var date = DateOf(number);
        var committeeIndex = Committees.Select((c, i) => (c, i)).First(x => x.c == committee).i;
        var pool = Enumerable.Range(0, 12).Select(i => Vocabulary.Councillors[(committeeIndex * 29 + i * 7) % Vocabulary.Councillors.Count]).ToList();
        var key = $"meeting/{committee.Slug}/{date:uuuu-MM-dd}/{number}";
        var baseUrl = $"/meetings/{committee.Slug}/{date:uuuu-MM-dd}";
        var documents = new List<SearchDocument>();
        var pdfPage = 1;
        var items = random.Between(4, 10);
        var pagesLeft = reportPages;

        for (var item = 1; reportPages is null ? item <= items : pagesLeft > 0; item++)
        {
            var topic = Enumerable.Range(0, 20).Select(_ => CouncilVocabulary.CouncilWord(ref random)).ToArray();
            var title = ItemTitle(ref random, topic, date);
            var people = random.Chance(0.5) ? new[] { random.Pick(pool).Slug } : [];
            var visibility = random.Chance(0.01) ? DocumentVisibility.Exempt : DocumentVisibility.Public;
            if (reportPages is null)
            {
                documents.Add(Document($"{key}/item-{item}", SearchDocumentKind.AgendaItem, title, Text(ref random, topic, 60, 150),
                    committee, date, people, null, $"{baseUrl}#item-{item}", visibility));
            }

            var hasReport = reportPages is not null ? pagesLeft > 0 : random.Chance(0.6);
            if (hasReport)
            {
                var length = reportPages is not null ? Math.Min(pagesLeft!.Value, random.Between(5, 25))
                    : random.Between(3, 25) + (random.Chance(0.4) ? random.Between(1, 30) : 0);
                pagesLeft -= length;
                for (var page = 1; page <= length; page++, pdfPage++)
                {
                    var header = $"{committee.Name} – {date:d MMMM uuuu} – {title} – Page {pdfPage}\n";
                    documents.Add(Document($"{key}/pack/page/{pdfPage}", SearchDocumentKind.ReportPage, title,
                        header + Text(ref random, topic, 350, 450), committee, date, people, pdfPage,
                        $"{baseUrl}/pack.pdf#page={pdfPage}", visibility));
                }
            }
            if (reportPages is not null)
            {
                continue;
            }
            documents.Add(Document($"{key}/minute-{item}", SearchDocumentKind.Minute, $"Minute {item}: {title}",
                Text(ref random, topic, 80, 200), committee, date, people, null, $"{baseUrl}/minutes#minute-{item}", visibility));
            if (random.Chance(0.5))
            {
                documents.Add(Document($"{key}/resolution-{item}", SearchDocumentKind.Resolution, $"Resolution: {title}",
                    "RESOLVED that " + Text(ref random, topic, 30, 80), committee, date, people, null,
                    $"{baseUrl}/minutes#resolution-{item}", visibility));
            }
        }
        return new IndexedSource(key, documents);
    }

    private static SearchDocument Document(string id, SearchDocumentKind kind, string title, string body, CommitteeRef committee,
        LocalDate date, string[] people, int? page, string url, DocumentVisibility visibility) => new()
        {
            Id = id,
            Kind = kind,
            Title = title,
            Body = body,
            Committee = committee,
            MeetingDate = date,
            PersonSlugs = people,
            PageNumber = page,
            Url = url,
            Visibility = visibility,
        };

    private string ItemTitle(ref SplitMix64 random, string[] topic, LocalDate date) =>
        string.Format(random.Pick(ItemTitles),
            CouncilVocabulary.Capital(topic[0]), $"{date.Year}–{(date.Year + 4) % 100:00}", random.Pick(Vocabulary.Streets),
            random.Between(1, 250), random.Pick(Vocabulary.Schools), random.Between(1, 4), topic[1]);

    /// <summary>Sentences of Zipf-distributed words, with the item's topic words, names, places and amounts mixed in.</summary>
    private string Text(ref SplitMix64 random, string[] topic, int minWords, int maxWords)
    {
        var target = random.Between(minWords, maxWords);
        var text = new StringBuilder(target * 7);
        var words = 0;
        var sentences = 0;
        while (words < target)
        {
            var length = random.Between(10, 28);
            for (var i = 0; i < length; i++)
            {
                var word = random.Unit() switch
                {
                    < 0.16 => topic[random.Below(topic.Length)],
                    < 0.17 => random.Pick(Vocabulary.Streets),
                    < 0.175 => random.Pick(Vocabulary.Schools),
                    < 0.18 => random.Pick(Vocabulary.Councillors).Name,
                    < 0.19 => random.Pick(StockPhrases),
                    < 0.20 => $"£{random.Between(1, 999)},{random.Below(1000):000}",
                    _ => Vocabulary.Draw(ref random),
                };
                text.Append(i == 0 ? CouncilVocabulary.Capital(word) : word);
                text.Append(i == length - 1 ? ". " : " ");
            }
            words += length;
            if (++sentences % random.Between(4, 7) == 0)
            {
                text.Append('\n');
            }
        }
        return text.ToString().TrimEnd();
    }

    private static int SkewedIndex(ref SplitMix64 random, int count)
    {
        var total = 0.0;
        for (var k = 0; k < count; k++)
        {
            total += Math.Pow(k + 1, -0.7);
        }
        var u = random.Unit() * total;
        for (var k = 0; k < count; k++)
        {
            u -= Math.Pow(k + 1, -0.7);
            if (u <= 0)
            {
                return k;
            }
        }
        return count - 1;
    }
}
