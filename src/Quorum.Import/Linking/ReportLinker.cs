using Quorum.Import.Model;
using Quorum.Import.Parsing;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Linking;

/// <summary>
/// Stage 5, link: ties each report to its agenda item. A printed "Agenda Item N" stamp decides; otherwise reports
/// are aligned to the agenda's report items in pack order, preferring the item whose title shares most words with
/// the report's subject. One item may hold two reports (each then gets no page range of its own); an item with no
/// report is skipped at a small cost. Also settles seats the front sheet leaves open (a youth-parliament seat the
/// minutes call non-voting co-opted).
/// </summary>
public static class ReportLinker
{
    private const double SkipItemCost = 0.35;
    private const double SharedItemCost = 0.25;

    public static void Link(ExtractedPack pack, ExtractionContext context)
    {
        LinkReports(pack, context);
        SettleSeats(pack, context);
    }

    private static void LinkReports(ExtractedPack pack, ExtractionContext context)
    {
        var reports = pack.Reports;
        var items = pack.Agenda.Where(a => !a.ToFollow && !AgendaParser.IsMinutesItem(a.Title) && (a.Pages is not null || a.ReportOf is not null)).ToList();
        if (reports.Count == 0 || items.Count == 0)
        {
            return;
        }
        var n = reports.Count;
        var m = items.Count;
        var score = new double[n, m];
        var from = new int[n, m];
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < m; c++)
            {
                var fit = Fit(reports[r], items[c]);
                if (r == 0)
                {
                    score[r, c] = fit - (c * SkipItemCost);
                    from[r, c] = -1;
                    continue;
                }
                var best = double.NegativeInfinity;
                var bestFrom = -1;
                for (var p = 0; p <= c; p++)
                {
                    var step = score[r - 1, p] - (p == c ? SharedItemCost : (c - p - 1) * SkipItemCost);
                    if (step > best)
                    {
                        best = step;
                        bestFrom = p;
                    }
                }
                score[r, c] = best + fit;
                from[r, c] = bestFrom;
            }
        }
        var end = 0;
        for (var c = 1; c < m; c++)
        {
            if (score[n - 1, c] - ((m - 1 - c) * SkipItemCost) > score[n - 1, end] - ((m - 1 - end) * SkipItemCost))
            {
                end = c;
            }
        }
        var assignment = new int[n];
        for (int r = n - 1, c = end; r >= 0; c = from[r, c], r--)
        {
            assignment[r] = c;
        }

        for (var r = 0; r < n; r++)
        {
            var report = reports[r];
            var item = items[assignment[r]];
            if (report.StampedItem is not null && report.StampedItem != item.Number)
            {
                context.Warn("stamp-mismatch", $"report stamped 'Agenda Item {report.StampedItem}' sits where agenda item {item.Number} is expected", report.Line, null);
            }
            report.AgendaItem ??= item.Number;
            var sharing = assignment.Count(a => a == assignment[r]);
            if (report.Pages is null && sharing == 1 && report.AgendaItem == item.Number)
            {
                report.Pages = item.Pages;
            }
            else if (report.Pages is not null && item.Pages is not null && report.AgendaItem == item.Number && !report.Pages.SequenceEqual(item.Pages))
            {
                context.Warn("page-range-mismatch", $"report stamp gives pages {report.Pages[0]}-{report.Pages[1]}, the agenda {item.Pages[0]}-{item.Pages[1]}", report.Line, null);
            }
        }
    }

    private static double Fit(ReportEntry report, AgendaEntry item)
    {
        if (report.StampedItem is not null)
        {
            return report.StampedItem == item.Number ? 10 : -10;
        }
        return TitleSimilarity(report.Subject ?? "", item.Title);
    }

    /// <summary>Share of the shorter title's significant words that the other title also has.</summary>
    internal static double TitleSimilarity(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count == 0 || wb.Count == 0)
        {
            return 0;
        }
        return (double)wa.Count(wb.Contains) / Math.Min(wa.Count, wb.Count);
    }

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in text.Split([' ', '-', '–', ',', ':', '(', ')', '/', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim('.', '"', '’').ToLowerInvariant();
            if (w.Length >= 3 && w is not ("the" or "and" or "for" or "report" or "information" or "reports") && !w.All(char.IsDigit))
            {
                words.Add(w.EndsWith('s') && w.Length > 4 ? w[..^1] : w);
            }
        }
        return words;
    }

    private static void SettleSeats(ExtractedPack pack, ExtractionContext context)
    {
        foreach (var seat in pack.Members.Where(m => m.Name is null && m.Organisation is not null && m.Role == MemberRoles.Representative))
        {
            if (context.NonVotingCoOptees.Any(n => n.Contains(seat.Organisation!, StringComparison.OrdinalIgnoreCase)))
            {
                seat.Role = MemberRoles.CoOptedNonVoting;
            }
        }
    }
}
