using MimeKit;

namespace Quorum.TestSupport;

/// <summary>
/// The real SMTP server <c>test.sh</c> starts (Debian's aiosmtpd), at <c>QUORUM_TEST_SMTP</c> (host:port), keeping
/// every message it is sent in the maildir at <c>QUORUM_TEST_MAILDIR</c>. The test assemblies share it, so each test
/// mails addresses of its own and reads only what was delivered to them. Without it, mail tests skip, unless
/// <c>QUORUM_REQUIRE_SMTP=1</c> (the test script) makes a missing server a failure.
/// </summary>
public sealed class TestMailServer
{
    private TestMailServer(string host, int port, string maildir)
    {
        Host = host;
        Port = port;
        Maildir = maildir;
    }

    public string Host { get; }

    public int Port { get; }

    public string Maildir { get; }

    /// <summary>The server when the environment names one, else null (a host then runs without a relay).</summary>
    public static TestMailServer? FromEnvironment()
    {
        var server = Environment.GetEnvironmentVariable("QUORUM_TEST_SMTP");
        var maildir = Environment.GetEnvironmentVariable("QUORUM_TEST_MAILDIR");
        if (string.IsNullOrWhiteSpace(server) || string.IsNullOrWhiteSpace(maildir))
        {
            return null;
        }
        var colon = server.LastIndexOf(':');
        return new TestMailServer(server[..colon], int.Parse(server[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture), maildir);
    }

    public static TestMailServer OrSkip()
    {
        if (FromEnvironment() is { } server)
        {
            return server;
        }
        if (Environment.GetEnvironmentVariable("QUORUM_REQUIRE_SMTP") == "1")
        {
            throw new InvalidOperationException("QUORUM_REQUIRE_SMTP=1 but QUORUM_TEST_SMTP or QUORUM_TEST_MAILDIR is not set.");
        }
        Xunit.Assert.Skip("No SMTP server: run ./test.sh, or set QUORUM_TEST_SMTP (host:port) and QUORUM_TEST_MAILDIR to an aiosmtpd Mailbox server's.");
        return null!;
    }

    /// <summary>The site's settings for this server: plain SMTP, the outbox looked at every second.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Mail:Host"] = Host,
        ["Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Security"] = "none",
        ["Mail:From"] = "democratic.services@example.gov.uk",
        ["Mail:PollSeconds"] = "1",
    };

    /// <summary>A fresh address for one test, so that what it reads was sent to it and nobody else.</summary>
    public static string NewAddress(string name) => $"{name}.{Guid.NewGuid():N}@example.org";

    /// <summary>Every message delivered to the address so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> DeliveredTo(string address)
    {
        var messages = new List<(MimeMessage Message, DateTime Written)>();
        foreach (var folder in new[] { "new", "cur" })
        {
            var path = Path.Combine(Maildir, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(path))
            {
                var message = MimeMessage.Load(file);
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
                {
                    messages.Add((message, File.GetLastWriteTimeUtc(file)));
                }
            }
        }
        // The server writes each message as it arrives; the Date header has only whole seconds.
        return [.. messages.OrderBy(m => m.Written).Select(m => m.Message)];
    }

    /// <summary>Waits until <paramref name="count"/> messages have reached the address (the outbox sends every second).</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count = 1, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var delivered = DeliveredTo(address);
            if (delivered.Count >= count || DateTime.UtcNow > until)
            {
                return delivered;
            }
            await Task.Delay(250);
        }
    }
}
