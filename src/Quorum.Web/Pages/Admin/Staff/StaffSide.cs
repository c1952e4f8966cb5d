using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Quorum.Data;
using Quorum.Data.Staff;

namespace Quorum.Web.Pages.Admin.Staff;

/// <summary>
/// Wires the staff side (<c>/admin</c>): Identity over the Quorum database, a sign-in cookie scoped to staff pages,
/// lockout, and the rule that every page under /admin needs a signed-in account. The public site stays anonymous:
/// the authentication handler only reads a cookie when one is sent, and output caching skips signed-in requests.
/// </summary>
public static class StaffSide
{
    public const string AnyStaff = "AnyStaff";

    /// <summary>Failed sign-ins before an account is locked, and for how long.</summary>
    public const int MaxFailedSignIns = StaffIdentity.MaxFailedSignIns;

    public static readonly TimeSpan LockoutFor = StaffIdentity.LockoutFor;

    public static IServiceCollection AddStaffSide(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddIdentity<StaffUser, IdentityRole<Guid>>(StaffIdentity.Configure)
            .AddEntityFrameworkStores<QuorumDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = ".Quorum.Staff";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request came over TLS, directly or through a proxy that says so (see SecurityHeaders).
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/admin/sign-in";
            cookie.LogoutPath = "/admin/sign-out";
            cookie.AccessDeniedPath = "/admin/access-denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        // Every staff request re-reads the account's security stamp: disabling an account or resetting its
        // password (both change the stamp) ends its sessions at once, not after Identity's default 30 minutes.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddAuthorizationBuilder()
            .AddPolicy(AnyStaff, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.All).AddRequirements(new ServesThisCouncil()));
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ServesThisCouncil.Handler>();
        services.AddScoped<OwnedByThisCouncil>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<StaffSignIn>();
        return services;
    }

    /// <summary>Every page under /admin needs a staff account, except signing in and the access-denied notice.</summary>
    public static void ProtectAdminPages(Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions options)
    {
        options.Conventions.AuthorizeFolder("/Admin", AnyStaff);
        options.Conventions.AddFolderApplicationModelConvention("/Admin", page => page.Filters.Add(new ServiceFilterAttribute(typeof(OwnedByThisCouncil))));
        options.Conventions.AllowAnonymousToPage("/Admin/Account/SignIn");
        options.Conventions.AllowAnonymousToPage("/Admin/Account/AccessDenied");
    }

    /// <summary>The audit log's "who": the signed-in user name when a staff request saves, nothing otherwise.</summary>
    public static string? ActorOf(IServiceProvider services)
    {
        var user = services.GetService<IHttpContextAccessor>()?.HttpContext?.User;
        return user?.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;
    }
}
