using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Validation;

/// <summary>
/// Gives every extracted field a confidence (0–1) from cues of its own shape and of the fields around it: a venue
/// that runs to paragraphs, a close before the start, a page range that runs backwards, a "name" with digits in it.
/// A field below <see cref="Threshold"/> is emptied with a warning naming it: a wrong value is worse than a missing
/// one. The confidences are written beside the ground-truth shape under <c>confidence</c>, keyed by the field's path
/// ("meeting.venue", "agenda[3].pages").
/// </summary>
public static partial class FieldConfidence
{
    public const double Threshold = 0.5;

    /// <summary>A field read by a rule that matched its label or position, with nothing against it.</summary>
    private const double Read = 0.9;

    private const double Doubtful = 0.3;

    public static void Assess(ExtractedPack pack, ExtractionContext context)
    {
        var scores = pack.Confidence;
        if (pack.Meeting is { } meeting)
        {
            meeting.Committee = Keep(scores, context, "meeting.committee", meeting.Committee, BodyName(meeting.Committee));
            meeting.Date = Keep(scores, context, "meeting.date", meeting.Date, Plausible(meeting.Date));
            meeting.Time = Keep(scores, context, "meeting.time", meeting.Time, MeetingHour(meeting.Time));
            meeting.Venue = Keep(scores, context, "meeting.venue", meeting.Venue, Text(meeting.Venue, 250));
            meeting.Quorum = Keep(scores, context, "meeting.quorum", meeting.Quorum, meeting.Quorum is > 0 and <= 60 ? Read : Doubtful);
            meeting.AgendaPublished = Keep(scores, context, "meeting.agendaPublished", meeting.AgendaPublished, Published(meeting.AgendaPublished, meeting.Date));
            Keep(scores, context, "meeting.publicQuestionDeadline", meeting.PublicQuestionDeadline, Read);
        }
        if (pack.Contact is { } contact)
        {
            contact.Name = Keep(scores, context, "contact.name", contact.Name, PersonName(contact.Name));
            contact.Title = Keep(scores, context, "contact.title", contact.Title, Text(contact.Title, 150));
            contact.Phone = Keep(scores, context, "contact.phone", contact.Phone, Phone(contact.Phone));
            contact.Email = Keep(scores, context, "contact.email", contact.Email, contact.Email is null || Email().IsMatch(contact.Email) ? 1.0 : Doubtful);
        }
        for (var i = 0; i < pack.Members.Count; i++)
        {
            var member = pack.Members[i];
            var at = $"members[{i}]";
            member.Name = Keep(scores, context, at + ".name", member.Name, PersonName(member.Name));
            Keep(scores, context, at + ".role", member.Role, Read);
            member.Title = Keep(scores, context, at + ".title", member.Title, Text(member.Title, 60));
            member.Group = Keep(scores, context, at + ".group", member.Group, Text(member.Group, 100));
            member.Order = Keep(scores, context, at + ".order", member.Order, member.Order is null or (> 0 and < 100) ? 1.0 : Doubtful);
            member.Organisation = Keep(scores, context, at + ".organisation", member.Organisation, Text(member.Organisation, 200));
            member.Position = Keep(scores, context, at + ".position", member.Position, Text(member.Position, 200));
        }
        for (var i = 0; i < pack.Agenda.Count; i++)
        {
            var item = pack.Agenda[i];
            var at = $"agenda[{i}]";
            Keep(scores, context, at + ".number", item.NumberAsPrinted, Read);
            Keep(scores, context, at + ".title", item.TitleAsPrinted, Text(item.TitleAsPrinted, 400));
            Keep(scores, context, at + ".part", item.Part, Read);
            item.Pages = Keep(scores, context, at + ".pages", item.Pages, Pages(item.Pages));
            item.ReportOf = Keep(scores, context, at + ".reportOf", item.ReportOf, Text(item.ReportOf, 300));
        }
        for (var i = 0; i < pack.Minutes.Count; i++)
        {
            var set = pack.Minutes[i];
            var at = $"minutes[{i}]";
            set.Committee = Keep(scores, context, at + ".committee", set.Committee, BodyName(set.Committee));
            set.Date = Keep(scores, context, at + ".date", set.Date, Plausible(set.Date));
            set.Start = Keep(scores, context, at + ".start", set.Start, Read);
            set.Close = Keep(scores, context, at + ".close", set.Close, set.Start is { } start && set.Close < start ? Doubtful : Read);
            set.SignedBy = Keep(scores, context, at + ".signed", set.SignedBy, Text(set.SignedBy, 200));
            for (var j = 0; j < set.Items.Count; j++)
            {
                Keep(scores, context, $"{at}.items[{j}].title", set.Items[j].TitleAsPrinted, Text(set.Items[j].TitleAsPrinted, 500));
            }
        }
        for (var i = 0; i < pack.Reports.Count; i++)
        {
            var report = pack.Reports[i];
            var at = $"reports[{i}]";
            report.AgendaItem = Keep(scores, context, at + ".agendaItem", report.AgendaItem, Read);
            report.Subject = Keep(scores, context, at + ".subject", report.Subject, Text(report.Subject, 500));
            report.MeetingDate = Keep(scores, context, at + ".meetingDate", report.MeetingDate, Plausible(report.MeetingDate));
            report.Pages = Keep(scores, context, at + ".pages", report.Pages, Pages(report.Pages));
            report.ResponsibleOfficer = Keep(scores, context, at + ".responsibleOfficer", report.ResponsibleOfficer, Text(report.ResponsibleOfficer, 300));
            report.PortfolioHolder = Keep(scores, context, at + ".portfolioHolder", report.PortfolioHolder, Text(report.PortfolioHolder, 300));
            report.WardsAffected = Keep(scores, context, at + ".wardsAffected", report.WardsAffected, Text(report.WardsAffected, 300));
            report.Contact = Keep(scores, context, at + ".contact", report.Contact, Text(report.Contact, 500));
        }
    }

    private static T? Keep<T>(SortedDictionary<string, double> scores, ExtractionContext context, string field, T? value, double confidence)
    {
        if (value is null)
        {
            return value;
        }
        scores[field] = Math.Round(confidence, 2);
        if (confidence >= Threshold)
        {
            return value;
        }
        context.Warn("low-confidence", string.Create(CultureInfo.InvariantCulture, $"{field} was left empty: the value read, '{Shown(value)}', looks wrong (confidence {confidence:0.00})"), null, null);
        return default;
    }

    private static string Shown(object value)
    {
        var text = value switch
        {
            int[] pages => string.Join('-', pages),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.Length <= 60 ? text : text[..60] + "…";
    }

    /// <summary>Free text of a field with a natural length: past it, the reader has run on into the next paragraphs.</summary>
    private static double Text(string? text, int longest) => text is null || text.Length <= longest ? Read : Doubtful;

    /// <summary>A body's name is a heading: short, with no sentence in it.</summary>
    private static double BodyName(string? name) => name switch
    {
        null => Read,
        { Length: > 150 } => Doubtful,
        _ when name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 16 => Doubtful,
        // "To receive apologies for absence from": an item's wording cut off at the top of a fragment; "Documents": a
        // web page's tab, not a body.
        _ when Wording().IsMatch(name) || PageTab().IsMatch(name) => Doubtful,
        _ => Read,
    };

    /// <summary>A person's name has no digits, no @ and few words.</summary>
    private static double PersonName(string? name) => name switch
    {
        null => Read,
        _ when name.Any(char.IsAsciiDigit) || name.Contains('@', StringComparison.Ordinal) => Doubtful,
        _ when name.Length > 80 || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8 => Doubtful,
        _ => Read,
    };

    private static double Phone(string? phone)
    {
        var digits = phone?.Count(char.IsAsciiDigit) ?? 11;
        return digits is >= 5 and <= 16 ? Read : Doubtful;
    }

    /// <summary>Papers of councils as they are today: a year outside 1970 to 2100 is a misread.</summary>
    private static double Plausible(LocalDate? date) => date is null || date.Value.Year is >= 1970 and <= 2100 ? 1.0 : Doubtful;

    /// <summary>Meetings start between 7 am and 10 pm; "2.00" read as 02:00 is a lost "pm".</summary>
    private static double MeetingHour(LocalTime? time) => time is null || time.Value.Hour is >= 7 and <= 22 ? Read : Doubtful;

    /// <summary>An agenda is published before its meeting, and not years before.</summary>
    private static double Published(LocalDate? published, LocalDate? meeting)
    {
        if (published is not { } on || meeting is not { } day)
        {
            return Plausible(published);
        }
        var days = Period.Between(on, day, PeriodUnits.Days).Days;
        return days is >= -1 and <= 400 ? 1.0 : Doubtful;
    }

    private static double Pages(int[]? pages) => pages switch
    {
        null => Read,
        [var first, var last] when first >= 1 && last >= first && last - first < 2000 => 1.0,
        _ => Doubtful,
    };

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Email();

    [GeneratedRegex(@"^(?:To|That)\s+[a-z]|\s(?:from|of|to|for|and|the|by|with)$", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Wording();

    [GeneratedRegex(@"^(?:Documents|Meetings?|Home|Transcription|Attendance|Decisions|Details)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PageTab();
}
