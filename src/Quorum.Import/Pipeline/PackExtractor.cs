using Quorum.Import.Cleaning;
using Quorum.Import.Linking;
using Quorum.Import.Model;
using Quorum.Import.Parsing;
using Quorum.Import.Reading;
using Quorum.Import.Segmenting;
using Quorum.Import.Validation;

namespace Quorum.Import.Pipeline;

/// <summary>
/// The extraction pipeline: read → clean → segment → parse each segment → link reports to agenda items →
/// validate. Lines stream through the first three stages; each segment is parsed as soon as it ends, and
/// enclosures are counted rather than kept, so memory does not grow with the length of the appendices.
/// </summary>
public static class PackExtractor
{
    /// <summary>Extracts the pack at <paramref name="path"/> (text or PDF). Throws <see cref="ImportException"/> when
    /// the file cannot be read as a pack at all (unreadable, or no part of a pack recognised), naming what was wrong
    /// and where; anything less becomes a warning.</summary>
    public static ExtractedPack Extract(string path, long maxBytes = PackReader.DefaultMaxBytes)
    {
        var context = new ExtractionContext();
        return Extract(PackReader.Read(path, maxBytes, context), Path.GetFileName(path), context, path);
    }

    /// <summary>Extracts a pack from its lines; <paramref name="source"/> names it in the result and in any error.</summary>
    public static ExtractedPack Extract(IEnumerable<SourceLine> lines, string? source, ExtractionContext? context = null) =>
        Extract(lines, source, context, source);

    private static ExtractedPack Extract(IEnumerable<SourceLine> lines, string? source, ExtractionContext? context, string? errorName)
    {
        context ??= new ExtractionContext();
        var pack = new ExtractedPack { Source = source };
        var facts = new AgendaFacts();
        var summary = new ReadSummary();
        var frontSheetSeen = false;
        List<CleanLine>? frontSheet = null;
        var lastWasReport = false;

        foreach (var segment in Segmenter.Split(LineCleaner.Clean(summary.Watch(lines), context), context))
        {
            switch (segment.Kind)
            {
                case SegmentKind.FrontSheet when !frontSheetSeen && DecisionRecordParser.IsDecisionRecord(segment.Lines):
                    // A decision notice or an issue's history: decisions with no agenda or minutes around them.
                    frontSheetSeen = true;
                    pack.Minutes.AddRange(DecisionRecordParser.Parse(segment.Lines));
                    break;
                case SegmentKind.FrontSheet when !frontSheetSeen:
                    frontSheetSeen = true;
                    frontSheet = segment.Lines;
                    FrontSheetParser.Parse(segment.Lines, pack, context);
                    break;
                case SegmentKind.Agenda:
                    var before = pack.Agenda.Count;
                    AgendaParser.Parse(segment.Lines, pack, facts, context);
                    AgendaParser.ReadDespatchDate(segment.Lines, pack);
                    for (var i = 0; pack.Contact is null && frontSheet is not null && i < segment.Lines.Count; i++)
                    {
                        // A meeting web page prints its "Further Information" block among the agenda's sections.
                        FrontSheetParser.ReadEnquiries(segment.Lines, i, pack);
                    }
                    if (MinutesParser.RecordsOutcomes(segment.Lines))
                    {
                        // "Agenda and minutes" pages print each item's minutes under it ("Minutes:", "Decision:").
                        // Items with no numbers at all are found at the agenda's lines.
                        var unnumbered = pack.Agenda.Count > before && pack.Agenda.Skip(before).All(a => a.Number.Length == 0) ? pack.Agenda[before..] : null;
                        var recorded = MinutesParser.ParseUnderAgenda(segment.Lines, pack.Meeting, context, unnumbered);
                        if (unnumbered is null && pack.Agenda.Count > before && pack.Agenda[before].Number.Length == 0)
                        {
                            MinutesParser.AddLeadingRecord(recorded, segment.Lines, pack.Agenda[before]);
                        }
                        MinutesParser.ReadTimeRange(frontSheet, recorded);
                        pack.Minutes.Add(recorded);
                    }
                    else if (MinutesParser.RecordsDecisionsOnly(segment.Lines))
                    {
                        // Numbered items with RESOLVED under them and no agenda wording: these are the meeting's minutes.
                        pack.Agenda.RemoveRange(before, pack.Agenda.Count - before);
                        pack.Minutes.Add(MinutesParser.ParseUnderAgenda(segment.Lines, pack.Meeting, context));
                    }
                    else if (pack.Agenda.Count == before && frontSheet is not null && MinutesParser.RecordsAttendance(segment.Lines))
                    {
                        // A meeting page whose sections record who presided and who attended, under the page's own
                        // heading (body, date, times): the meeting's minutes, not an agenda.
                        pack.Minutes.Add(MinutesParser.Parse([.. frontSheet, .. segment.Lines], context));
                    }
                    else if (pack.Agenda.Count > before && pack.Agenda[before].Number.Length == 0 && MinutesParser.RecordsNarrative(segment.Lines))
                    {
                        // Unnumbered items with what happened under each ("Apologies were received from …"): their minutes.
                        pack.Minutes.Add(MinutesParser.ParseUnderAgenda(segment.Lines, pack.Meeting, context, pack.Agenda[before..]));
                    }
                    break;
                case SegmentKind.Minutes:
                    pack.Minutes.Add(MinutesParser.Parse(segment.Lines, context));
                    break;
                case SegmentKind.Report:
                    pack.Reports.Add(ReportParser.Parse(segment, context));
                    lastWasReport = true;
                    continue;
                case SegmentKind.Enclosure when lastWasReport:
                    // Appendices follow their report, over blank pages, until the next anchor.
                    pack.Reports[^1].EnclosedText.Add(new EnclosedText(segment.StartLine, segment.EndLine, segment.Headings));
                    continue;
                case SegmentKind.FrontSheet:
                case SegmentKind.Enclosure:
                default:
                    break;
            }
            lastWasReport = false;
        }

        for (var k = pack.Minutes.Count - 1; k >= 0; k--)
        {
            // A minute of several sittings: each sitting is minutes of its own, earlier ones first.
            pack.Minutes.InsertRange(k, pack.Minutes[k].OtherSittings);
        }
        if (!frontSheetSeen && pack.Reports.Count > 0 && pack.Agenda.Count == 0 && pack.Minutes.Count == 0)
        {
            // A lone report: it belongs to no meeting this file prints, so the meeting and contact stay empty rather
            // than being guessed from the cover (whose date is the meeting it was written for, not a meeting here).
            context.Warn("lone-report", "the file is a report with no front sheet, agenda or minutes; only the report is read", pack.Reports[0].Line, null);
        }
        if (pack is { Agenda.Count: 0, Members.Count: 0, Minutes.Count: > 0, Meeting: { Date: null, Time: null, Venue: null } lonely })
        {
            // Minutes under a bare title line ("HERTFORDSHIRE COUNTY COUNCIL"): no meeting of their own is printed.
            lonely.Committee = null;
        }
        ReportLinker.Link(pack, context);
        FieldConfidence.Assess(pack, context);
        PackValidator.Validate(pack, facts, context);
        if (context.Warnings.Any(w => w.Code == PackValidator.NotAPack))
        {
            // Nothing of a pack was recognised: an empty result would pass for a pack with nothing in it.
            throw summary.NotAPack(errorName);
        }
        pack.Warnings.AddRange(context.Warnings);
        return pack;
    }
}
