using System.Text.Json;
using NodaTime;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;
using Quorum.Import.Validation;

namespace Quorum.Import.Tests.Validation;

public class FieldConfidenceTests
{
    [Fact]
    public void A_field_that_looks_wrong_is_left_empty_with_a_warning_naming_it()
    {
        var venue = string.Join(' ', Enumerable.Repeat("The public may attend this meeting, and the Council will record it.", 5));
        var pack = new ExtractedPack
        {
            Meeting = new MeetingDetails { Committee = "Planning Committee", Date = new LocalDate(2019, 12, 4), Time = new LocalTime(2, 0), Venue = venue },
            Contact = new ContactDetails { Name = "Pat Jones", Email = "pat.jones@example.gov.uk" },
        };
        pack.Agenda.Add(new AgendaEntry { Number = "4", Title = "Planning Applications", Pages = [19, 7] });
        var minutes = new MinuteSet { Date = new LocalDate(2019, 11, 6), Start = new LocalTime(19, 0), Close = new LocalTime(18, 15) };
        pack.Minutes.Add(minutes);
        var context = new ExtractionContext();

        FieldConfidence.Assess(pack, context);

        // A venue that ran on into paragraphs, a start at 2 am, a page range that runs backwards, a close before the start.
        Assert.Null(pack.Meeting.Venue);
        Assert.Null(pack.Meeting.Time);
        Assert.Null(pack.Agenda[0].Pages);
        Assert.Null(minutes.Close);
        var named = context.Warnings.Where(w => w.Code == "low-confidence").Select(w => w.Message.Split(' ')[0]).ToList();
        Assert.Equal(["meeting.time", "meeting.venue", "agenda[0].pages", "minutes[0].close"], named);
        // The rest is kept, each value with its confidence.
        Assert.Equal("Planning Committee", pack.Meeting.Committee);
        Assert.Equal(new LocalTime(19, 0), minutes.Start);
        Assert.True(pack.Confidence["meeting.committee"] >= FieldConfidence.Threshold);
        Assert.True(pack.Confidence["meeting.venue"] < FieldConfidence.Threshold);
        Assert.Equal(1.0, pack.Confidence["contact.email"]);
        Assert.All(pack.Confidence.Values, c => Assert.InRange(c, 0, 1));
    }

    [Fact]
    public void A_fragment_that_opens_mid_item_names_no_committee_and_its_json_says_why()
    {
        // A meeting page stored from the middle of item 1: its first line is the item's wording, not the body's name.
        const string text = """
            To receive apologies for absence from
            Members to determine the quorum of the meeting.
            2.
            Appointment of Substitutes
            To
            appoint substitute Members in accordance with the Constitution.
            3.
            Declarations of Interest
            """;
        var pack = PackExtractor.Extract(text.Split('\n').Select((line, i) => new Quorum.Import.Reading.SourceLine(i + 1, null, line)), "fragment.txt");

        Assert.Equal(["2", "3"], pack.Agenda.Select(a => a.Number));
        using var json = JsonDocument.Parse(PackJson.Serialize(pack));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("meeting").GetProperty("committee").ValueKind);
        Assert.True(json.RootElement.GetProperty("confidence").GetProperty("meeting.committee").GetDouble() < FieldConfidence.Threshold);
        Assert.Contains(json.RootElement.GetProperty("warnings").EnumerateArray(),
            w => w.GetProperty("code").GetString() == "low-confidence" && w.GetProperty("message").GetString()!.StartsWith("meeting.committee", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_field_extracted_from_a_pack_carries_a_confidence_in_the_json()
    {
        const string text = """
            CABINET

            DATE: Tuesday 10 September 2024
            TIME: 7.30 pm
            VENUE: Council Chamber, Town Hall

            AGENDA - PART I

            1. Apologies for Absence

            2. Minutes (Pages 1 - 6)
            """;
        var pack = PackExtractor.Extract(text.Split('\n').Select((line, i) => new Quorum.Import.Reading.SourceLine(i + 1, null, line)), "cabinet.txt");

        using var json = JsonDocument.Parse(PackJson.Serialize(pack));
        var confidence = json.RootElement.GetProperty("confidence");
        foreach (var field in new[] { "meeting.committee", "meeting.date", "meeting.time", "meeting.venue", "agenda[0].number", "agenda[0].title", "agenda[1].pages" })
        {
            Assert.InRange(confidence.GetProperty(field).GetDouble(), FieldConfidence.Threshold, 1);
        }
    }
}
