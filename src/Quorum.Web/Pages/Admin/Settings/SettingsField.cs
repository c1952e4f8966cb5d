namespace Quorum.Web.Pages.Admin.Settings;

/// <summary>One text box of the settings forms: <c>_Field.cshtml</c> draws it with its label, hint and error.</summary>
public sealed record SettingsField(string Id, string Name, string Label, string? Value, string? Error, string? Hint = null, string Width = "", string Type = "text", int Rows = 1);
