namespace Quorum.Web.Tests.Site;

/// <summary>
/// The Harrow site as it runs behind a reverse proxy on the same machine: it trusts X-Forwarded-For and -Proto from
/// loopback, so a test can be many clients, from many addresses, over TLS or not. Refused sign-ins are held to a
/// shorter minimum time than in production, to keep the tests quick; the time is still the same for every name.
/// </summary>
public sealed class ProxiedSite : SiteHost
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["ForwardedHeaders:Enabled"] = "true",
        ["SignIn:MinimumFailureMilliseconds"] = "300",
    };
}
