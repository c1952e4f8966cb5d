using Quorum.Import.Pipeline;
using Quorum.Import.Segmenting;

namespace Quorum.Import.Tests.Segmenting;

public class SegmenterTests
{
    private static List<Segment> Split(string text)
    {
        var context = new ExtractionContext { Committee = "Licensing Panel" };
        return [.. Segmenter.Split(PackText.Clean(text, context), context)];
    }

    [Fact]
    public void A_pack_splits_into_front_sheet_agenda_minutes_reports_and_enclosures()
    {
        var kinds = Split(SyntheticPacks.Committee).Select(s => s.Kind).ToList();

        Assert.Equal(
            [SegmentKind.FrontSheet, SegmentKind.Agenda, SegmentKind.Minutes, SegmentKind.Report, SegmentKind.Report],
            kinds);
    }

    [Fact]
    public void The_agenda_stamp_before_a_cover_belongs_to_that_report()
    {
        var report = Split("Agenda Item 7 Pages 21 to 82\n\nREPORT FOR:\n\nOVERVIEW COMMITTEE\n\nSubject:\tX").Single();

        Assert.Equal(new ReportStamp("7", 21, 82, 1), report.Stamp);
    }

    [Fact]
    public void A_stamp_printed_inside_the_cover_heading_is_attached_too()
    {
        var report = Split("REPORT FOR:\n\nAdenda Item 8 Pages 83 to 130\n\nOVERVIEW COMMITTEE").Single();

        Assert.Equal("8", report.Stamp?.Item);
    }

    [Fact]
    public void Text_after_a_blank_page_with_no_anchor_is_an_enclosure_and_is_not_kept()
    {
        var segments = Split("REPORT FOR: Panel\n\nSubject:\tX\n\nThis page is intentionally left blank\n\nAppendix A\n\nlots of text");

        Assert.Equal(SegmentKind.Enclosure, segments[^1].Kind);
        Assert.Empty(segments[^1].Lines);
        Assert.Equal(3, segments[^1].LineCount);
    }

    [Fact]
    public void A_body_name_and_date_on_the_front_sheet_are_not_taken_for_minutes()
    {
        var segments = Split("HARROW PARTNERSHIP BOARD\n\nTHURSDAY 12 DECEMBER 2013\n\nAGENDA - PUBLIC\n\n1. Apologies");

        Assert.Equal([SegmentKind.FrontSheet, SegmentKind.Agenda], segments.Select(s => s.Kind));
    }
}
