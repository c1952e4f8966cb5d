using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Quorum.Application.Setup;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;
using Quorum.Domain.Rules;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Settings;

/// <summary>
/// Sets the council's procedure settings from a day (today unless a later one is given): a new version, so meetings
/// before it keep the settings of their day. The form starts from the settings in force, or from one of the two
/// profiles: the statutory minimum, or Harrow's as a worked example.
/// </summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed partial class ProcedureModel(CurrentCouncil councils, CouncilSettings settings, SiteClock clock) : StaffPageModel
{
    [BindProperty]
    public DateInput From { get; set; } = new();

    [BindProperty]
    public string? QuestionDays { get; set; }

    [BindProperty]
    public string? QuestionTime { get; set; }

    [BindProperty]
    public string? CallInDays { get; set; }

    [BindProperty]
    public MinuteRestart? MinuteRestart { get; set; }

    [BindProperty]
    public bool? PublishDraftMinutes { get; set; }

    [BindProperty]
    public string? CommitteeRules { get; set; }

    [BindProperty]
    public string? ExecutiveRules { get; set; }

    [BindProperty]
    public string? QuestionsRule { get; set; }

    [BindProperty]
    public string? PetitionsRule { get; set; }

    [BindProperty]
    public string? DeputationsRule { get; set; }

    [BindProperty]
    public string? ConstitutionPart { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    /// <param name="profile">"minimum" or "harrow" to start from that profile instead of the settings in force.</param>
    public async Task<IActionResult> OnGetAsync(string? profile)
    {
        if (await councils.GetAsync(HttpContext.RequestAborted) is not { } council)
        {
            return NotFound();
        }
        Title = "Change the procedure settings";
        var now = await settings.GetAsync(council.Id, clock.Today, HttpContext.RequestAborted);
        var start = profile switch
        {
            "minimum" => CouncilProcedure.StatutoryMinimum(council.Id, clock.Today),
            "harrow" => CouncilProcedure.HarrowExample(council.Id, clock.Today),
            _ => now.Procedure ?? CouncilProcedure.HarrowExample(council.Id, clock.Today),
        };
        Fill(ProcedureChoices.Of(start));
        From = DateInput.Of(clock.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await councils.GetAsync(HttpContext.RequestAborted) is not { } council)
        {
            return NotFound();
        }
        Title = "Change the procedure settings";
        var from = From.Check(Errors, DateField.ErrorKeyOf("from"), "day the settings take effect");
        var questionDays = Days(QuestionDays, "question-days", "the working days before the meeting that public questions close, like 3");
        var questionTime = Time(QuestionTime);
        var callIn = Days(CallInDays, "call-in-days", "the working days of the call-in period, like 5");
        if (MinuteRestart is null)
        {
            Errors["minute-restart"] = "Choose when minute numbers start again at 1";
        }
        if (PublishDraftMinutes is null)
        {
            Errors["drafts"] = "Choose whether draft minutes are published";
        }
        if (Errors.Count > 0)
        {
            return Page();
        }
        try
        {
            var choices = new ProcedureChoices(questionDays!.Value, questionTime!.Value, callIn!.Value, MinuteRestart!.Value, PublishDraftMinutes!.Value,
                CommitteeRules ?? "", ExecutiveRules ?? "", QuestionsRule, PetitionsRule, DeputationsRule, ConstitutionPart);
            var saved = await settings.SaveProcedureAsync(council.Id, choices, from!.Value, clock.Today, HttpContext.RequestAborted);
            Notice = $"The procedure settings have been changed from {Display.Date(saved.EffectiveFrom)}.";
            return Redirect("/admin/settings");
        }
        catch (SetupRefusedException ex)
        {
            Errors[ex.Field ?? "question-days"] = ex.Message;
            return Page();
        }
    }

    private void Fill(ProcedureChoices p)
    {
        QuestionDays = p.QuestionWorkingDaysBefore.ToString(CultureInfo.InvariantCulture);
        QuestionTime = p.QuestionDeadline.ToString("HH:mm", CultureInfo.InvariantCulture);
        CallInDays = p.CallInWorkingDays.ToString(CultureInfo.InvariantCulture);
        MinuteRestart = p.MinuteRestart;
        PublishDraftMinutes = p.PublishDraftMinutes;
        (CommitteeRules, ExecutiveRules, QuestionsRule, PetitionsRule, DeputationsRule, ConstitutionPart) =
            (p.CommitteeRules, p.ExecutiveRules, p.QuestionsRule, p.PetitionsRule, p.DeputationsRule, p.ConstitutionPart);
    }

    private int? Days(string? text, string field, string what)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            return days;
        }
        Errors[field] = $"Enter {what}, as a whole number";
        return null;
    }

    /// <summary>"15:00", "3pm", "3:30pm" or "noon".</summary>
    private LocalTime? Time(string? text)
    {
        var typed = (text ?? "").Trim().ToLowerInvariant().Replace(".", ":", StringComparison.Ordinal);
        if (typed is "noon" or "midday" or "12 noon")
        {
            return new LocalTime(12, 0);
        }
        if (TimeOfDay().Match(typed) is { Success: true } m)
        {
            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            var half = m.Groups["ap"].Value;
            if (half.Length > 0 && hour is >= 1 and <= 12)
            {
                hour = hour % 12 + (half == "pm" ? 12 : 0);
            }
            else if (half.Length > 0 || !m.Groups["m"].Success)
            {
                hour = -1;
            }
            if (hour is >= 0 and <= 23 && minute is >= 0 and <= 59)
            {
                return new LocalTime(hour, minute);
            }
        }
        Errors["question-time"] = "Enter the time public questions close, like 15:00 or 3pm";
        return null;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?::(?<m>\d{2}))?\s*(?<ap>am|pm)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TimeOfDay();
}
