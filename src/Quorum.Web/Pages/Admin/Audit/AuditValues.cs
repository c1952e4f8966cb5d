using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime.Text;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Audit;

/// <summary>
/// An audit entry's values before or after, stored as JSON of the record's properties, read out for a person: each
/// property named in words ("Start time", not "StartTime") and each value as the site writes it (dates, times, yes
/// and no, a value's name in words).
/// </summary>
public static partial class AuditValues
{
    // How a LocalDate is written when the log stores it by ToString(): "Friday, 04 December 2026".
    private static readonly LocalDatePattern StoredDate = LocalDatePattern.CreateWithInvariantCulture("dddd, dd MMMM uuuu");

    /// <summary>The fields of <paramref name="json"/>, in the order stored; empty when there are none.</summary>
    public static IReadOnlyList<AuditField> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Object => [.. root.EnumerateObject().Select(p => new AuditField(Name(p.Name), Text(p.Value)))],
                // A list saved whole, such as the agenda's items in order before and after renumbering.
                JsonValueKind.Array => [new AuditField("Items", Text(root))],
                _ => [new AuditField("Value", Text(root))],
            };
        }
        catch (JsonException)
        {
            // Written by hand or by an older version: shown as it is rather than lost.
            return [new AuditField("Details", json)];
        }
    }

    /// <summary>A property's name in words: "StartTime" is "Start time", "CommitteeId" is "Committee".</summary>
    public static string Name(string property)
    {
        var name = property.Length > 2 && property.EndsWith("Id", StringComparison.Ordinal) ? property[..^2] : property;
        if (name == "Id")
        {
            return "Record";
        }
        return Sentence(name);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "None",
        JsonValueKind.True => "Yes",
        JsonValueKind.False => "No",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.String => Words(value.GetString()!),
        JsonValueKind.Array => string.Join("\n", value.EnumerateArray().Select(Text)),
        _ => string.Join("\n", value.EnumerateObject().Select(p => $"{Name(p.Name)}: {Text(p.Value)}")),
    };

    /// <summary>A stored value as the site writes it: NodaTime's ISO text as dates and times, a value's name in words.</summary>
    private static string Words(string text)
    {
        if (text.Length == 0)
        {
            return "None";
        }
        if (LocalDatePattern.Iso.Parse(text) is { Success: true } date)
        {
            return Display.Date(date.Value);
        }
        if (StoredDate.Parse(text) is { Success: true } stored)
        {
            return Display.Date(stored.Value);
        }
        if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant)
        {
            return Display.DateTime(instant.Value.InZone(SiteClock.London).LocalDateTime);
        }
        if (LocalDateTimePattern.ExtendedIso.Parse(text) is { Success: true } local)
        {
            return Display.DateTime(local.Value);
        }
        if (LocalTimePattern.ExtendedIso.Parse(text) is { Success: true } time)
        {
            return Display.Time(time.Value);
        }
        return RunTogether().IsMatch(text) ? Sentence(text) : text;
    }

    /// <summary>"CalledIn" as "Called in", "PartII" as "Part II": words split at each capital, all but the first in lower case unless an abbreviation ("II").</summary>
    private static string Sentence(string name)
    {
        var words = Capital().Split(name);
        return string.Join(' ', words.Select((w, i) => i > 0 && (w.Length == 1 ? w != "I" : w.Skip(1).All(char.IsLower)) ? w.ToLower(CultureInfo.GetCultureInfo("en-GB")) : w));
    }

    // A single word of capitalised parts with no spaces, as C# names its values ("ViceChair", "NotACouncilMatter").
    [GeneratedRegex("^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$")]
    private static partial Regex RunTogether();

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")]
    private static partial Regex Capital();
}

/// <summary>One field of an audit entry's values, named and written in words.</summary>
public sealed record AuditField(string Name, string Value);
