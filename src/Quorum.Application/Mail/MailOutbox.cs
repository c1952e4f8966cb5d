using System.Text;
using System.Text.Encodings.Web;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Quorum.Data;
using Quorum.Domain.Mail;

namespace Quorum.Application.Mail;

/// <summary>What one pass of the outbox did, for the log and the worker's next wait.</summary>
public sealed record MailPass(int Sent, int Failed);

/// <summary>
/// Sends the outbox's due messages through the council's relay, one connection a pass: each message on its own,
/// each subscription's due digest rows as one message. Every message carries the one-click unsubscribe link in its
/// text and the RFC 8058 headers. A refusal of the address (5xx) is given up at once; anything else is retried
/// (<see cref="MailRetry"/>). All text is escaped into the HTML part, so nothing a resident typed becomes markup.
/// </summary>
public sealed class MailOutbox(QuorumDbContext db, MailSettings settings)
{
    private const int Batch = 50;

    public async Task<MailPass> SendDueAsync(CancellationToken cancellationToken)
    {
        if (!settings.CanSend)
        {
            return new(0, 0);
        }
        var now = db.Clock.GetCurrentInstant();
        var due = await db.OutgoingMail.Where(m => m.SentAt == null && m.GaveUpAt == null && m.DueAt <= now)
            .OrderBy(m => m.DueAt).Take(Batch).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return new(0, 0);
        }
        var messages = due.Where(m => m.DigestOf is null).Select(m => (IReadOnlyList<OutgoingMail>)[m])
            .Concat(due.Where(m => m.DigestOf is not null).GroupBy(m => m.DigestOf).Select(g => (IReadOnlyList<OutgoingMail>)[.. g.OrderBy(m => m.Created)]))
            .ToList();
        int sent = 0, failed = 0;
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or ProtocolException or AuthenticationException or SslHandshakeException)
        {
            foreach (var row in due)
            {
                row.Failed($"The mail server could not be reached: {ex.Message}", now, permanent: false);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new(0, due.Count);
        }
        foreach (var rows in messages)
        {
            if (!MailboxAddress.TryParse(rows[0].To, out _))
            {
                // Never sendable, so given up at once: left to throw, it would be first in every pass and stop all mail.
                foreach (var row in rows)
                {
                    row.Failed($"\"{row.To}\" is not an address mail can be sent to.", db.Clock.GetCurrentInstant(), permanent: true);
                }
                failed++;
                await db.SaveChangesAsync(cancellationToken);
                continue;
            }
            try
            {
                await client.SendAsync(Compose(rows), cancellationToken);
                foreach (var row in rows)
                {
                    row.Sent(db.Clock.GetCurrentInstant());
                }
                sent++;
            }
            catch (SmtpCommandException ex)
            {
                var permanent = (int)ex.StatusCode >= 500 && ex.ErrorCode is SmtpErrorCode.RecipientNotAccepted;
                foreach (var row in rows)
                {
                    row.Failed(ex.Message, db.Clock.GetCurrentInstant(), permanent);
                }
                failed++;
            }
            catch (Exception ex) when (ex is IOException or ProtocolException or ServiceNotConnectedException)
            {
                foreach (var row in rows)
                {
                    row.Failed(ex.Message, db.Clock.GetCurrentInstant(), permanent: false);
                }
                failed++;
                break;
            }
            // Saved as each goes, so a crash part-way sends nothing twice that was recorded as sent.
            await db.SaveChangesAsync(cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await client.DisconnectAsync(quit: true, CancellationToken.None);
        return new(sent, failed);
    }

    /// <summary>The message for one row, or one digest of several rows for the same subscription.</summary>
    public MimeMessage Compose(IReadOnlyList<OutgoingMail> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var first = rows[0];
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(first.To));
        message.Subject = rows.Count == 1 ? first.Subject : $"Your daily email alerts: {rows.Count} updates";
        var text = rows.Count == 1 ? first.Text : string.Join("\n\n", rows.Select(r => $"{r.Subject}\n\n{r.Text}"));
        if (first.UnsubscribeUrl is { } unsubscribe)
        {
            text += $"\n\nTo stop these emails, unsubscribe here:\n{unsubscribe}";
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = Html(text) }.ToMessageBody();
        return message;
    }

    /// <summary>Paragraphs escaped line by line; a line that is only a web address becomes a link to it.</summary>
    private static string Html(string text)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body style=\"font-family: Arial, sans-serif; font-size: 16px;\">");
        foreach (var paragraph in text.Split("\n\n"))
        {
            var lines = paragraph.Split('\n').Select(line =>
                Uri.TryCreate(line, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !line.Any(char.IsWhiteSpace)
                    ? $"<a href=\"{HtmlEncoder.Default.Encode(line)}\">{HtmlEncoder.Default.Encode(line)}</a>"
                    : HtmlEncoder.Default.Encode(line));
            html.Append("<p>").AppendJoin("<br>", lines).Append("</p>");
        }
        return html.Append("</body></html>").ToString();
    }
}
