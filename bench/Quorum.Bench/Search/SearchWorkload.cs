using NodaTime;
using Quorum.Bench.Corpus;
using Quorum.Search;

namespace Quorum.Bench.Search;

internal sealed record WorkloadQuery(string Class, SearchRequest Request)
{
    public string Filter =>
        (Request.Committees.Count > 0, Request.From is not null, Request.Kinds.Count > 0) switch
        {
            (true, true, _) => "committee + dates",
            (true, _, _) => "committee",
            (_, true, _) => "dates",
            (_, _, true) => "kind",
            _ => "none",
        };

    public bool Filtered => Filter != "none";
}

/// <summary>
/// 1,000 queries, 200 per class, shuffled: common words, rare words and names, two mid-frequency words, phrases and
/// prefixes. Every second query of a class has a filter, cycling committee, date range (3–60 whole months),
/// committee and date range, and document kind.
/// </summary>
internal static class SearchWorkload
{
    public static List<WorkloadQuery> Create(SyntheticCouncil council, ulong seed, int perClass = 200)
    {
        var random = new SplitMix64(seed);
        var v = council.Vocabulary;
        var council_words = CouncilVocabulary.CouncilWords;
        var tailStart = CouncilVocabulary.FunctionWords.Length + council_words.Length;
        var queries = new List<WorkloadQuery>();

        string Common(ref SplitMix64 r) => council_words[r.Below(60)];
        string Mid(ref SplitMix64 r) => council_words[r.Between(60, council_words.Length - 1)];

        for (var i = 0; i < perClass; i++)
        {
            queries.Add(new("common", new SearchRequest { Text = Common(ref random) }));
            var rare = (i % 3) switch
            {
                0 => v[tailStart + (int)Math.Pow(10, 2 + random.Unit() * 3)],
                1 => v.Streets[random.Below(v.Streets.Count)].Split(' ')[0],
                _ => v.Councillors[random.Below(v.Councillors.Count)].Name.Split(' ')[^1],
            };
            queries.Add(new("rare", new SearchRequest { Text = rare }));
            queries.Add(new("and2", new SearchRequest { Text = $"{Mid(ref random)} {Mid(ref random)}" }));
            var phrase = (i % 4) switch
            {
                0 or 1 => random.Pick(SyntheticCouncil.StockPhrases),
                2 => random.Pick(v.Streets),
                _ => random.Pick(v.Schools),
            };
            queries.Add(new("phrase", new SearchRequest { Text = $"\"{phrase}\"" }));
            var word = i % 2 == 0 ? random.Pick(council_words) : v[tailStart + random.Below(5000)];
            var prefix = word[..Math.Min(word.Length, random.Between(3, 8))];
            queries.Add(new("prefix", new SearchRequest { Text = prefix + "*" }));
        }

        // Filters on every second query of each class, cycling through the four kinds.
        var perClassSeen = new Dictionary<string, int>();
        for (var i = 0; i < queries.Count; i++)
        {
            var q = queries[i];
            var n = perClassSeen[q.Class] = perClassSeen.GetValueOrDefault(q.Class) + 1;
            if (n % 2 == 1)
            {
                continue;
            }
            var committee = council.Committees[random.Below(council.Committees.Count)].Slug;
            var fromMonth = new LocalDate(2000 + random.Below(26), random.Between(1, 12), 1);
            var to = fromMonth.PlusMonths(random.Between(3, 60)).PlusDays(-1);
            queries[i] = q with
            {
                Request = ((n / 2) % 4) switch
                {
                    0 => q.Request with { Committees = [committee] },
                    1 => q.Request with { From = fromMonth, To = to },
                    2 => q.Request with { Committees = [committee], From = fromMonth, To = to },
                    _ => q.Request with { Kinds = [SearchDocumentKind.ReportPage] },
                },
            };
        }

        // Fisher–Yates with the workload's own seed.
        for (var i = queries.Count - 1; i > 0; i--)
        {
            var j = random.Below(i + 1);
            (queries[i], queries[j]) = (queries[j], queries[i]);
        }
        return queries;
    }
}
