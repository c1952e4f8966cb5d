using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Agendas;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Publishing.Minutes;
using Quorum.Publishing.Packs;

namespace Quorum.Application.Outcomes;

/// <summary>
/// Minutes as PDF: the minutes document (as drafted from the record and edited by the clerk) printed in the
/// council's layout by the same warm Chromium as the packs, with page numbers. Only published minutes are printed for the public
/// (<see cref="Visibility.PublicMinutes"/>); the file is kept under a name carrying a hash of the text, so an
/// amended publication gets a fresh PDF and never the old one.
/// </summary>
public sealed class MinutesPdf(Func<CancellationToken, Task<ChromiumPrinter>> printer, PackFolder folder)
{
    public MinutesPdf(WarmChromium browser, PackFolder folder)
        : this(browser.PrinterAsync, folder)
    {
    }

    public string Folder => folder.Root;

    /// <summary>Prints minutes documents' text (<see cref="Domain.Outcomes.MeetingMinutes.Text"/>), each meeting from a new page.</summary>
    public async Task<byte[]> PrintAsync(IEnumerable<string> minutesTexts, string title, CancellationToken cancellationToken = default)
    {
        var chromium = await printer(cancellationToken).ConfigureAwait(false);
        return await chromium.PrintAsync(MinutesDocument.Html(minutesTexts, title, pageNumbers: true), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The published minutes of a meeting as a PDF file, printed on first request; null while they are unpublished.</summary>
    public async Task<string?> PublishedAsync(QuorumDbContext db, Guid meetingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var minutes = await db.MeetingMinutes.AsNoTracking().WherePublic().Include(m => m.Meeting!).ThenInclude(m => m.Committee)
            .SingleOrDefaultAsync(m => m.MeetingId == meetingId, cancellationToken).ConfigureAwait(false);
        if (minutes is null)
        {
            return null;
        }
        var meeting = minutes.Meeting!;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(minutes.Text)))[..12];
        var path = folder.MinutesPath(meeting.Date, meeting.Committee!.Slug, hash);
        if (!File.Exists(path))
        {
            var title = string.Create(CultureInfo.InvariantCulture, $"{meeting.Committee.Name} minutes, {meeting.Date:d MMMM uuuu}");
            await PackFolder.WriteAsync(path, await PrintAsync([minutes.Text], title, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        return path;
    }

    /// <summary>Whether a meeting has published minutes to print (the site links to the PDF then).</summary>
    public static Task<bool> HasPublishedAsync(QuorumDbContext db, Guid meetingId, CancellationToken cancellationToken = default) =>
        db.MeetingMinutes.WherePublic().AnyAsync(m => m.MeetingId == meetingId, cancellationToken);
}
