using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Errors;

/// <summary>
/// The GOV.UK-style error pages: 404 for unknown addresses, 400 naming the bad query value, 413 for an upload over
/// the limit, 429 for too many requests, 500 otherwise.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(CurrentCouncil current, Application.Reports.EnclosureRules enclosures) : SitePageModel
{
    public int Code { get; private set; }

    public string? Message { get; private set; }

    public string MaxUpload => enclosures.MaxText;

    public async Task<IActionResult> OnGetAsync(int code)
    {
        Code = code is 400 or 404 or 405 or 413 or 429 or 500 ? code : 404;
        // Reached directly (not re-executed after an error): this address itself is simply not a page.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            Code = 404;
        }
        // Kestrel refuses an oversized body or header by throwing; say so instead of a generic failure.
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException { StatusCode: 413 or 429 } refused)
        {
            Code = refused.StatusCode;
        }
        Message = HttpContext.Items[QueryValues.MessageKey] as string;
        Title = Code switch
        {
            400 => "There is a problem with the address",
            404 => "Page not found",
            405 => "Page not found",
            413 => "The file is too large",
            429 => "Too many requests",
            _ => "Sorry, there is a problem with the service",
        };
        try
        {
            await LoadCouncilAsync(current);
        }
        catch (Exception) when (Code == 500)
        {
            // The error may be the store itself; the page still renders with the generic name.
        }
        Response.StatusCode = Code;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int code) => OnGetAsync(code);
}
