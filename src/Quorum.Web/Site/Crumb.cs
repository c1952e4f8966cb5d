namespace Quorum.Web.Site;

/// <summary>One step of a page's breadcrumb trail.</summary>
public sealed record Crumb(string Text, string Href);
