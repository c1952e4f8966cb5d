using System.Globalization;
using System.Net;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;
using Quorum.Publishing.Documents;

namespace Quorum.Publishing.Packs;

/// <summary>
/// The printed pages of a pack as HTML, laid out like the council's own: the front sheet (meeting, membership,
/// reserves, contact) with the agenda and its page ranges, and each report on the standard cover sheet.
/// Chromium does the page layout; the stamps and page numbers are added afterwards by <see cref="PackAssembler"/>,
/// so the margins leave room for them. Every piece of stored text is HTML-encoded here.
/// </summary>
internal static class PackHtml
{
    private static readonly LocalDatePattern LongDate = LocalDatePattern.CreateWithInvariantCulture("dddd d MMMM uuuu");
    private static readonly LocalDatePattern CoverDate = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu");
    private static readonly LocalDatePattern ClearedDate = LocalDatePattern.CreateWithInvariantCulture("dd/MM/uuuu");

    private const string Style = """
        <style>
        @page { size: A4; margin: 22mm 18mm 20mm 18mm; }
        body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.35; color: #000; }
        h1 { font-size: 18pt; margin: 0 0 12pt; }
        h2 { font-size: 13pt; margin: 14pt 0 6pt; }
        h3 { font-size: 11pt; margin: 12pt 0 4pt; }
        p { margin: 0 0 7pt; }
        .front p, .agenda p { margin: 0 0 4pt; }
        .item, .keep { break-inside: avoid; }
        .item { margin-top: 10pt; }
        .agenda h3.item-title { font-size: 11pt; font-weight: bold; margin: 0 0 4pt; }
        table.cover { border-collapse: collapse; width: 100%; margin-bottom: 14pt; }
        table.cover td { border: 1px solid #000; padding: 4pt 6pt; vertical-align: top; }
        table.cover td.label { width: 36%; font-weight: bold; }
        .written table { border-collapse: collapse; margin-bottom: 10pt; }
        .written th, .written td { border: 1px solid #000; padding: 2pt 4pt; text-align: left; }
        .report-for { font-weight: bold; font-size: 13pt; margin-bottom: 10pt; }
        .page-break { break-before: page; }
        .blank { height: 240mm; display: flex; align-items: center; justify-content: center; font-size: 12pt; }
        </style>
        """;

    /// <summary>The page printed where an item would otherwise start on a left-hand page.</summary>
    public static string BlankPage() =>
        Document("Blank page", $"<div class=\"blank\"><p>{LineCleanerBlankText}</p></div>");

    /// <summary>Matches the text the importer and readers look for on padding pages.</summary>
    public const string LineCleanerBlankText = "This page is intentionally left blank";

    /// <summary>
    /// The front sheet and agenda. <paramref name="pages"/> gives each item's range in this pack; an item
    /// without one (no papers, or papers in another pack) prints no range.
    /// </summary>
    public static string FrontSheet(AgendaPack pack, PackKind kind, IReadOnlyDictionary<int, PageRange> pages)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"front\">");
        var heading = kind switch
        {
            PackKind.Supplementary => $"{pack.Committee} SUPPLEMENTAL AGENDA",
            PackKind.PartII => $"{pack.Committee} AGENDA - PART II (MEMBERS ONLY)",
            _ => $"{pack.Committee} AGENDA",
        };
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(heading)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>DATE: {E(LongDate.Format(pack.Date))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>TIME: {E(FormatTime(pack.Time))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>VENUE: {E(pack.Venue)}</p>");

        if (kind == PackKind.Main)
        {
            AppendMembership(html, pack);
        }

        html.Append(CultureInfo.InvariantCulture,
            $"<p>Contact: {E(pack.Contact.Name)}, {E(pack.Contact.Title)} Tel: {E(pack.Contact.Phone)} E-mail: {E(pack.Contact.Email)}</p>");
        if (pack.PublishedOn is { } published && kind == PackKind.Main)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Agenda publication date: {E(LongDate.Format(published))}</p>");
        }
        html.Append("</div>");

        html.Append("<div class=\"agenda page-break\">");
        AppendAgenda(html, pack, kind, pages);
        html.Append("</div>");
        return Document(heading, html.ToString());
    }

    private static void AppendMembership(StringBuilder html, AgendaPack pack)
    {
        var quorum = pack.Quorum is { } q ? string.Create(CultureInfo.InvariantCulture, $" (Quorum {q})") : "";
        html.Append(CultureInfo.InvariantCulture, $"<h2>MEMBERSHIP{quorum}</h2>");
        foreach (var chair in pack.Members.Where(m => m.Seat == PackSeat.Chair))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Chair: Councillor {E(chair.Name)}</p>");
        }
        foreach (var group in pack.Members.Where(m => m.Seat is PackSeat.Member or PackSeat.ViceChair).GroupBy(m => m.Group))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(group.Key is null ? "Councillors:" : group.Key + " Councillors:")}</h3>");
            foreach (var member in group)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{E(member.Name)}{(member.Seat == PackSeat.ViceChair ? " (VC)" : "")}</p>");
            }
        }
        foreach (var org in pack.Members.Where(m => m.Seat == PackSeat.CoOpted).GroupBy(m => m.Organisation))
        {
            var names = string.Join(" / ", org.Select(m => m.Title is null ? m.Name : m.Title + " " + m.Name));
            html.Append(CultureInfo.InvariantCulture, $"<p>Representatives of {E(org.Key ?? "Co-opted Members")}: {E(names)}</p>");
        }
        var advisory = pack.Members.Where(m => m.Seat == PackSeat.Advisory).ToList();
        if (advisory.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<p>Non-Voting Advisory Members: {E(string.Join(", ", advisory.Select(m => m.Title is null ? m.Name : m.Title + " " + m.Name)))}</p>");
        }
        if (pack.Reserves.Count > 0)
        {
            html.Append("<h3>Reserve Members:</h3>");
            foreach (var list in pack.Reserves)
            {
                if (list.Group is not null)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<h3>{E(list.Group)} Reserve Members:</h3>");
                }
                for (var i = 0; i < list.Names.Count; i++)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<p>{i + 1}. {E(list.Names[i])}</p>");
                }
            }
        }
    }

    private static void AppendAgenda(StringBuilder html, AgendaPack pack, PackKind kind, IReadOnlyDictionary<int, PageRange> pages)
    {
        var parts = new[] { AgendaPart.PartI, AgendaPart.PartII };
        foreach (var part in parts)
        {
            var items = pack.Items.Where(i => i.Part == part && Lists(kind, i)).ToList();
            var partName = part == AgendaPart.PartI ? "PART I" : "PART II";
            if (items.Count == 0)
            {
                if (kind == PackKind.Main)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<h2>AGENDA - {partName} - NIL</h2>");
                }
                continue;
            }
            // The heading and the first item are kept together so that a heading never ends a page on its own.
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"keep\"><h2>AGENDA - {partName}</h2>");
            var firstItem = true;
            foreach (var item in items)
            {
                var suffix = pages.TryGetValue(item.Number, out var range) ? $" ({range.ToAgendaText()})"
                    : item.ToFollow && kind == PackKind.Main ? " (To Follow)" : "";
                html.Append("<div class=\"item\">");
                html.Append(CultureInfo.InvariantCulture, $"<h3 class=\"item-title\">{item.Number}. {E(item.Title.ToUpperInvariant())}{E(suffix)}</h3>");
                if (item.ReportOf is not null)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<p>Report of the {E(item.ReportOf)}</p>");
                }
                if (item.Description is not null)
                {
                    AppendParagraphs(html, item.Description);
                }
                if (kind == PackKind.Main && item.Questions.Count > 0)
                {
                    html.Append("<p>Questions received, in order of receipt:</p><ol class=\"questions\">");
                    foreach (var question in item.Questions)
                    {
                        html.Append(CultureInfo.InvariantCulture, $"<li><p>Question {question.Number}, from {E(question.AskedBy)}:</p>");
                        AppendParagraphs(html, question.Text);
                        html.Append("</li>");
                    }
                    html.Append("</ol>");
                }
                if (kind == PackKind.Main && item.Deputations.Count > 0)
                {
                    html.Append("<p>Deputations the Chair has agreed to hear on this item:</p><ol class=\"deputations\">");
                    foreach (var deputation in item.Deputations)
                    {
                        var on = deputation.Organisation is { } organisation ? $", on behalf of {E(organisation)}" : "";
                        html.Append(CultureInfo.InvariantCulture, $"<li><p>{E(deputation.Speaker)}{on} ({deputation.Minutes} minutes):</p>");
                        AppendParagraphs(html, deputation.Subject);
                        html.Append("</li>");
                    }
                    html.Append("</ol>");
                }
                if (item.Part == AgendaPart.PartII && item.ExemptionParagraph is { } paragraph)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<p>Exempt under paragraph {paragraph.Number} of Part 1 of Schedule 12A to the Local Government Act 1972: {E(paragraph.Description)}</p>");
                }
                html.Append("</div>");
                if (firstItem)
                {
                    html.Append("</div>");
                    firstItem = false;
                }
            }
        }
        if (kind == PackKind.Main && pack.PublicQuestionDeadline is { } deadline)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<p>Deadline for questions: {E(FormatTime(deadline.TimeOfDay))} on {E(LongDate.Format(deadline.Date))}</p>");
        }
    }

    /// <summary>Which items a pack's agenda lists: the main pack lists every item (Part II titles are public).</summary>
    public static bool Lists(PackKind kind, PackItem item) => kind switch
    {
        PackKind.Main => true,
        PackKind.PartII => item.Part == AgendaPart.PartII || item.Report?.Enclosures.Any(e => e.ExemptionParagraph is not null) == true,
        PackKind.Supplementary => item.ToFollow,
        _ => false,
    };

    /// <summary>A report on the council's cover sheet followed by Sections 1 to 4.</summary>
    public static string Report(PackReport report, IReadOnlyList<PackEnclosure> enclosures)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"report-for\">REPORT FOR: {E(report.ReportFor.ToUpperInvariant())}</p>");
        html.Append("<table class=\"cover\">");
        Row(html, "Date of Meeting:", CoverDate.Format(report.DateOfMeeting));
        Row(html, "Subject:", report.Subject);
        if (report.KeyDecision is { } key)
        {
            Row(html, "Key Decision:", key ? "Yes" : "No");
        }
        Row(html, "Responsible Officer:", report.ResponsibleOfficer);
        if (report.PortfolioHolder is not null)
        {
            Row(html, "Portfolio Holder:", report.PortfolioHolder);
        }
        if (report.ScrutinyLeadMember is not null)
        {
            Row(html, "Scrutiny Lead Member area:", report.ScrutinyLeadMember);
        }
        Row(html, "Exempt:", report.ExemptionParagraph is { } p
            ? $"Yes, under paragraph {p.Number} of Part 1 of Schedule 12A to the Local Government Act 1972"
            : "No");
        if (report.DecisionSubjectToCallIn is { } callIn)
        {
            Row(html, "Decision subject to Call-in:", callIn ? "Yes" : "No");
        }
        if (report.WardsAffected is not null)
        {
            Row(html, "Wards affected:", report.WardsAffected);
        }
        Row(html, "Enclosures:", enclosures.Count == 0 ? "None" : string.Join("\n", enclosures.Select(e => e.Title)));
        html.Append("</table>");

        void Text(string text)
        {
            if (report.Markdown)
            {
                html.Append("<div class=\"written\">").Append(ReportMarkdown.ToSafeHtml(text)).Append("</div>");
            }
            else
            {
                AppendParagraphs(html, text);
            }
        }
        html.Append("<h2>Section 1 – Summary and Recommendations</h2>");
        Text(report.Summary);
        html.Append("<h3>Recommendations:</h3>");
        Text(report.Recommendations);
        html.Append("<h2>Section 2 – Report</h2>");
        Text(report.Body);
        foreach (var section in report.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(section.Heading)}</h3>");
            Text(section.Text);
        }

        html.Append("<h2>Section 3 - Statutory Officer Clearance</h2>");
        if (report.Clearances.Count == 0)
        {
            html.Append("<p>Not Required</p>");
        }
        foreach (var clearance in report.Clearances)
        {
            var role = RoleName(clearance.Role);
            var signedFor = clearance.OnBehalf ? $"on behalf of the {role}" : role;
            html.Append(CultureInfo.InvariantCulture, $"<p>Name: {E(clearance.Name)} X {E(signedFor)}</p>");
            html.Append(CultureInfo.InvariantCulture, $"<p>Date: {E(clearance.Date is { } d ? ClearedDate.Format(d) : "")}</p>");
        }
        if (report.WardCouncillorsNotified is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Ward Councillors notified: {E(report.WardCouncillorsNotified)}</p>");
        }
        html.Append("<h2>Section 4 - Contact Details and Background Papers</h2>");
        if (report.Contact is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Contact: {E(report.Contact)}</p>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<p>Background Papers: {E(report.BackgroundPapers ?? "None")}</p>");
        return Document(report.Subject, html.ToString());
    }

    public static string RoleName(ClearanceRole role) => role switch
    {
        ClearanceRole.ChiefFinancialOfficer => "Chief Financial Officer",
        ClearanceRole.MonitoringOfficer => "Monitoring Officer",
        ClearanceRole.CorporateDirector => "Corporate Director",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown clearance role."),
    };

    /// <summary>"7.30 pm", "10.00 am", as council agendas print times.</summary>
    public static string FormatTime(LocalTime time)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        return string.Create(CultureInfo.InvariantCulture, $"{hour}.{time.Minute:00} {(time.Hour < 12 ? "am" : "pm")}");
    }

    private static void Row(StringBuilder html, string label, string value)
    {
        var lines = string.Join("<br>", value.Split('\n').Select(E));
        html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"label\">{E(label)}</td><td>{lines}</td></tr>");
    }

    /// <summary>Paragraphs split on blank lines; a paragraph whose lines all start with "- " is a bulleted list.</summary>
    private static void AppendParagraphs(StringBuilder html, string text)
    {
        foreach (var block in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lines = block.Split('\n', StringSplitOptions.TrimEntries);
            if (lines.All(l => l.StartsWith("- ", StringComparison.Ordinal)))
            {
                html.Append("<ul>");
                foreach (var line in lines)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li>{E(line[2..])}</li>");
                }
                html.Append("</ul>");
            }
            else
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{E(string.Join(' ', lines))}</p>");
            }
        }
    }

    /// <summary>The language of every printed document, which Chromium writes into the PDF for screen readers.</summary>
    public const string Language = "en-GB";

    private static string Document(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"{Language}\"><head><meta charset=\"utf-8\"><title>{E(title)}</title>{Style}</head><body>{body}</body></html>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
