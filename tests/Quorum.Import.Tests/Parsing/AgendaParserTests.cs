using NodaTime;
using Quorum.Import.Model;
using Quorum.Import.Parsing;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Tests.Parsing;

public class AgendaParserTests
{
    private static (ExtractedPack Pack, AgendaFacts Facts) Parse(string text)
    {
        var pack = new ExtractedPack();
        var facts = new AgendaFacts();
        AgendaParser.Parse(PackText.Clean(text), pack, facts, new ExtractionContext());
        return (pack, facts);
    }

    [Fact]
    public void Items_carry_pages_report_of_and_clean_titles()
    {
        var (pack, _) = Parse("AGENDA - PART I" + SyntheticPacks.Committee.Split("AGENDA - PART I")[1].Split("LICENSING PANEL")[0]);

        Assert.Equal(["1", "2", "3", "4", "5", "6"], pack.Agenda.Select(a => a.Number));
        Assert.Equal("PUBLIC QUESTIONS", pack.Agenda[2].Title);
        Assert.Equal(("Street Trading Review", "Director of Environment"), (pack.Agenda[3].Title, pack.Agenda[3].ReportOf));
        Assert.Equal([9, 20], pack.Agenda[3].Pages!);
        Assert.Equal("Taxi Licensing Fees and Charges", pack.Agenda[4].Title);
        Assert.Equal([21, 30], pack.Agenda[4].Pages!);
        Assert.Equal(new LocalDateTime(2026, 2, 27, 15, 0), pack.Meeting!.PublicQuestionDeadline);
    }

    [Fact]
    public void Numbered_lists_inside_standing_text_are_not_items()
    {
        var (pack, _) = Parse("AGENDA - PART I\n\n1. Apologies\n\n2. Declarations\n\n1. Disclosable interests\n\n3. Minutes (To Follow)");

        Assert.Equal(["1", "2", "3"], pack.Agenda.Select(a => a.Number));
        Assert.True(pack.Agenda[2].ToFollow);
        Assert.Equal("Minutes", pack.Agenda[2].Title);
    }

    [Fact]
    public void A_list_flattened_to_one_repeats_its_sequence_and_sub_items_follow_their_item()
    {
        var (pack, _) = Parse("Agenda\n\n  1. Apologies\n  1. Declarations\n  1. Reports:\n\n3.1 Highways\n\n3.2 Footpaths\n\n4.0 Finance\n\n  1. Payments\n\n4.2 Cheques\n\n  1. Jubilee\n\n6.0 Planning");

        Assert.Equal(["1", "2", "3", "3.1", "3.2", "4.0", "4.1", "4.2", "5", "6.0"], pack.Agenda.Select(a => a.Number));
        Assert.Equal("Payments", pack.Agenda[6].Title);
    }

    [Fact]
    public void A_list_numbered_from_one_inside_an_item_is_not_renumbered()
    {
        var (pack, _) = Parse("AGENDA - PART I\n\n1. Declarations of Interest\n\n1. Disclosable pecuniary interests\n\n2. Minutes");

        Assert.Equal(["1", "2"], pack.Agenda.Select(a => a.Number));
        Assert.Equal("Minutes", pack.Agenda[1].Title);
    }

    [Fact]
    public void A_report_named_after_the_title_gives_its_owner_and_copy_notes_are_not_title()
    {
        var (pack, _) = Parse("AGENDA - PART I\n\n1. Minutes of Committees (copy issued under separate cover)\n\n"
            + "2. Perth City Development Board - Report by Executive Director (Environment) (copy herewith 13/335) (Pages 137-144)");

        Assert.Equal(["Minutes of Committees", "Perth City Development Board"], pack.Agenda.Select(a => a.Title));
        Assert.Equal("Executive Director (Environment)", pack.Agenda[1].ReportOf);
        Assert.Equal([137, 144], pack.Agenda[1].Pages!);
    }

    [Fact]
    public void Part_two_items_are_marked_and_a_nil_part_gives_none()
    {
        var (pack, _) = Parse("AGENDA - PUBLIC\n\n1. Apologies\n\nAGENDA - PRIVATE\n\n2. Contract Award (Pages 3 - 9)");

        Assert.Equal(["I", "II"], pack.Agenda.Select(a => a.Part));
    }

    [Fact]
    public void The_item_the_data_protection_notice_cites_is_recorded()
    {
        var (_, facts) = Parse("AGENDA - PART I\n\n1. Apologies\n\nDATA PROTECTION ACT NOTICE\n\nThe Council will video record item 4 (Public Questions) and publish it.");

        Assert.Equal(("4", "Public Questions"), (facts.RecordedItem, facts.RecordedItemTitle));
    }
}
