using System.Text.Json;
using NodaTime;
using Quorum.Import.Model;

namespace Quorum.Import.Tests.Model;

public class PackJsonTests
{
    [Fact]
    public void The_json_uses_the_ground_truth_shape_with_nulls_written_out()
    {
        var pack = new ExtractedPack { Meeting = new MeetingDetails { Date = new LocalDate(2017, 9, 19), Time = new LocalTime(19, 30), PublicQuestionDeadline = new LocalDateTime(2017, 9, 14, 15, 0) } };
        pack.Minutes.Add(new MinuteSet { SignedBy = "COUNCILLOR X Chair" });
        using var json = JsonDocument.Parse(PackJson.Serialize(pack));
        var root = json.RootElement;

        Assert.Equal(["source", "meeting", "contact", "members", "agenda", "minutes", "reports", "warnings", "confidence"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2017-09-19", root.GetProperty("meeting").GetProperty("date").GetString());
        Assert.Equal("19:30", root.GetProperty("meeting").GetProperty("time").GetString());
        Assert.Equal("2017-09-14T15:00", root.GetProperty("meeting").GetProperty("publicQuestionDeadline").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("meeting").GetProperty("venue").ValueKind);
        Assert.Equal("COUNCILLOR X Chair", root.GetProperty("minutes")[0].GetProperty("signed").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("minutes")[0].GetProperty("apologies").ValueKind);
    }

    [Fact]
    public void The_json_reads_back_into_the_same_pack()
    {
        var pack = new ExtractedPack { Source = "x.txt", Meeting = new MeetingDetails { Time = new LocalTime(18, 0) } };
        pack.Agenda.Add(new AgendaEntry { Number = "1", Title = "Minutes", Pages = [5, 12] });

        var back = PackJson.Deserialize(PackJson.Serialize(pack))!;

        Assert.Equal((new LocalTime(18, 0), "Minutes"), (back.Meeting!.Time!.Value, back.Agenda[0].Title));
        Assert.Equal([5, 12], back.Agenda[0].Pages!);
    }
}
