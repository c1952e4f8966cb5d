using NodaTime;
using Quorum.Import.Model;
using Quorum.Import.Parsing;
using Quorum.Import.Pipeline;
using Quorum.Import.Validation;

namespace Quorum.Import.Tests.Validation;

public class PackValidatorTests
{
    private static List<ExtractionWarning> Validate(ExtractedPack pack, AgendaFacts? facts = null)
    {
        var context = new ExtractionContext();
        PackValidator.Validate(pack, facts ?? new AgendaFacts(), context);
        return context.Warnings;
    }

    private static ExtractedPack Meeting()
    {
        var pack = new ExtractedPack { Meeting = new MeetingDetails { Committee = "Partnership Board", Date = new LocalDate(2013, 11, 28) } };
        pack.Agenda.Add(new AgendaEntry { Number = "3", Title = "Minutes", Pages = [3, 8], Line = 58 });
        return pack;
    }

    [Fact]
    public void Minutes_cited_for_a_date_after_the_meeting_are_flagged_with_the_line()
    {
        var pack = Meeting();
        pack.Minutes.Add(new MinuteSet { Date = new LocalDate(2012, 12, 6), Line = 83 });
        var warnings = Validate(pack, new AgendaFacts { MinutesText = "That the minutes of the meeting held on 6 December 2013 be taken as read", MinutesTextLine = 58 });

        Assert.Contains(warnings, w => w.Code == "minutes-date-after-meeting" && w.Line == 58);
        Assert.Contains(warnings, w => w.Code == "minutes-date-mismatch");
    }

    [Fact]
    public void Dates_without_a_year_take_the_next_year_printed() =>
        Assert.Equal([new LocalDate(2017, 6, 27), new LocalDate(2017, 7, 17)], PackValidator.CitedDates("held on 27 June and 17 July 2017 be taken"));

    [Fact]
    public void The_notice_citing_the_wrong_item_number_is_flagged()
    {
        var pack = Meeting();
        pack.Agenda.Add(new AgendaEntry { Number = "5", Title = "Public Questions" });
        var warnings = Validate(pack, new AgendaFacts { RecordedItem = "4", RecordedItemTitle = "Public Questions", RecordedItemLine = 126 });

        Assert.Contains(warnings, w => w.Code == "notice-item-mismatch" && w.Line == 126);
    }

    [Fact]
    public void Minute_numbers_that_do_not_continue_are_flagged()
    {
        var pack = Meeting();
        var first = new MinuteSet { Committee = "Partnership Board", Date = new LocalDate(2013, 1, 1) };
        first.Items.Add(new MinuteItem { Number = 100 });
        var second = new MinuteSet { Committee = "Partnership Board", Date = new LocalDate(2013, 6, 1) };
        second.Items.Add(new MinuteItem { Number = 105, Line = 300 });
        pack.Minutes.AddRange([first, second]);

        Assert.Contains(Validate(pack), w => w.Code == "minute-numbering" && w.Line == 300);
    }

    [Fact]
    public void A_report_item_with_no_report_and_a_name_variant_are_flagged()
    {
        var pack = Meeting();
        pack.Agenda.Add(new AgendaEntry { Number = "4", Title = "Budget", Pages = [9, 20], Line = 70 });
        pack.Members.Add(new MemberEntry { Name = "Lynda Seymour" });
        pack.Reports.Add(new ReportEntry { AgendaItem = "9", ScrutinyLeadMember = ["Cllr Linda Seymour"], Line = 400 });
        var warnings = Validate(pack);

        Assert.Contains(warnings, w => w.Code == "item-without-report" && w.Line == 70);
        Assert.Contains(warnings, w => w.Code == "name-variant" && w.Line == 400);
    }

    [Fact]
    public void Text_that_is_no_pack_at_all_says_so() =>
        Assert.Equal("not-a-pack", Assert.Single(Validate(new ExtractedPack())).Code);
}
