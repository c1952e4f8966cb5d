namespace Quorum.Web.Pages.Admin.Account;

/// <summary>Shown (with status 403) when a signed-in account asks for something its role does not allow.</summary>
public sealed class AccessDeniedModel : StaffPageModel
{
    public void OnGet()
    {
        Title = "You cannot do that";
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
