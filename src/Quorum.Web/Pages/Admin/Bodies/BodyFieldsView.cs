namespace Quorum.Web.Pages.Admin.Bodies;

/// <summary>What <c>_BodyFields.cshtml</c> draws: the form as typed, the bodies it may report to, and the errors by field.</summary>
public sealed record BodyFieldsView(BodyForm Form, IReadOnlyList<(Guid Id, string Name)> Parents, Dictionary<string, string> Errors);
