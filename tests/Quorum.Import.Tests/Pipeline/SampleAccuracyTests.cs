using NodaTime;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Tests.Pipeline;

/// <summary>The three sample packs, extracted from text and scored against the hand-checked ground truth.</summary>
public class SampleAccuracyTests
{
    public static TheoryData<string> Samples => [.. SampleScoring.Samples];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_sample_scores_at_least_098_against_its_ground_truth(string sample)
    {
        var pack = PackExtractor.Extract(SampleScoring.SamplePath(sample));

        Assert.True(SampleScoring.Score(sample, pack) >= 0.98);
    }

    [Fact]
    public void The_2017_scrutiny_pack_has_its_key_fields()
    {
        var pack = PackExtractor.Extract(SampleScoring.SamplePath("000_3e448eb3eb3f3234"));

        Assert.Equal(("Overview and Scrutiny Committee", new LocalDate(2017, 9, 19), new LocalTime(19, 30), 4), (pack.Meeting!.Committee, pack.Meeting.Date!.Value, pack.Meeting.Time!.Value, pack.Meeting.Quorum!.Value));
        Assert.Equal(21, pack.Members.Count);
        Assert.Equal(9, pack.Agenda.Count);
        Assert.Equal([219, 220, 221, 222, 223, 224, 225, 226, 227], pack.Minutes[0].Items.Select(i => i.Number));
        Assert.Equal("special", pack.Minutes[1].MeetingType);
        Assert.Equal(["7", "8"], pack.Reports.Select(r => r.AgendaItem));
        Assert.Contains(pack.Warnings, w => w.Code == "ambiguous-attendance" && w.Line == 253);
        Assert.Contains(pack.Warnings, w => w.Code == "reserve-category");
    }

    [Fact]
    public void The_2014_scrutiny_pack_links_unstamped_reports_by_title_and_order()
    {
        var pack = PackExtractor.Extract(SampleScoring.SamplePath("002_a355e7290101a6f1"));

        Assert.True(pack.Agenda.Single(a => a.Number == "3").ToFollow);
        Assert.Empty(pack.Minutes);
        Assert.Equal(["7", "8", "9"], pack.Reports.Select(r => r.AgendaItem));
        Assert.Empty(pack.Reports[2].Clearance!);
        Assert.Contains(pack.Warnings, w => w.Code == "name-variant");
    }

    [Fact]
    public void The_2020_panel_pack_has_party_groups_and_two_reports_under_one_item()
    {
        var pack = PackExtractor.Extract(SampleScoring.SamplePath("003_c501b68c03b2d938"));

        Assert.Equal("Conservative", pack.Members.Single(m => m.Name == "Lesline Lewinson").Group);
        Assert.Equal(["8", "9", "10", "10", "11", "12"], pack.Reports.Select(r => r.AgendaItem));
        Assert.Equal(8, pack.Minutes[0].InAttendance!.Count);
        Assert.Contains(pack.Warnings, w => w.Code == "notice-item-mismatch" && w.Line == 126);
    }
}
