using MailKit.Security;
using Microsoft.Extensions.Configuration;

namespace Quorum.Application.Mail;

/// <summary>
/// The council's SMTP relay (<c>Mail:Host</c>, <c>Mail:Port</c>, <c>Mail:Security</c> none, starttls or tls,
/// <c>Mail:UserName</c>, <c>Mail:Password</c>, <c>Mail:From</c>) and the public address links in mails start with
/// (<c>Mail:SiteAddress</c>; the address the site listens on when unset). No host: nothing is sent and the alert
/// and petition forms say so, so no one gives an address for mail that would never come.
/// </summary>
public sealed class MailSettings
{
    public string? Host { get; init; }

    public int Port { get; init; } = 25;

    public SecureSocketOptions Security { get; init; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? UserName { get; init; }

    public string? Password { get; init; }

    public string From { get; init; } = "democratic.services@localhost";

    /// <summary>How often the outbox is looked at for mail that has fallen due.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The public site's address without a trailing slash, e.g. https://democracy.example.gov.uk.</summary>
    public string? SiteAddress { get; set; }

    public bool CanSend => !string.IsNullOrWhiteSpace(Host);

    /// <summary>An address on the public site, for a link in a mail.</summary>
    public string Link(string path) => $"{(SiteAddress ?? "http://localhost:5000").TrimEnd('/')}{path}";

    public static MailSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Mail");
        return new MailSettings
        {
            Host = section["Host"],
            Port = section.GetValue("Port", 25),
            Security = section["Security"]?.ToLowerInvariant() switch
            {
                "none" => SecureSocketOptions.None,
                "tls" => SecureSocketOptions.SslOnConnect,
                "starttls" => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.StartTlsWhenAvailable,
            },
            UserName = section["UserName"],
            Password = section["Password"],
            From = section["From"] ?? "democratic.services@localhost",
            Poll = TimeSpan.FromSeconds(Math.Max(1, section.GetValue("PollSeconds", 10))),
            SiteAddress = string.IsNullOrWhiteSpace(section["SiteAddress"]) ? null : section["SiteAddress"]!.TrimEnd('/'),
        };
    }
}
