namespace Quorum.Web.Site;

/// <summary>
/// Where the site keeps its files: <c>Data:Folder</c> when configured (<c>/var/lib/quorum</c> under systemd, a volume
/// in a container), otherwise the user's data folder (<c>~/.local/share/quorum</c> on Linux). The SQLite file
/// (<c>quorum.db</c>), the document store (<c>documents</c>) and the packs (<c>packs</c>) default to it, and relative
/// paths in <c>ConnectionStrings:Quorum</c>, <c>Documents:*</c>, <c>Search:IndexPath</c> and
/// <c>OpenData:DocumentRoot</c> are read from it, so the site finds the same files whatever folder it is started in.
/// </summary>
public static class DataFolder
{
    public static string From(IConfiguration configuration)
    {
        var configured = configuration["Data:Folder"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        // DoNotVerify: a new account has no ~/.local/share yet, and the site creates what it needs.
        var userData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        // A service account with no home folder: beside the program rather than wherever it was started.
        return Path.Combine(string.IsNullOrEmpty(userData) ? AppContext.BaseDirectory : userData, "quorum");
    }

    /// <summary>A configured path, read from the data folder when relative; <paramref name="fallback"/> when not configured.</summary>
    public static string PathFor(IConfiguration configuration, string key, string fallback) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(configuration[key]) ? fallback : configuration[key]!, From(configuration));

    /// <summary>A configured path, read from the data folder when relative; null when not configured.</summary>
    public static string? OptionalPathFor(IConfiguration configuration, string key) =>
        string.IsNullOrWhiteSpace(configuration[key]) ? null : Path.GetFullPath(configuration[key]!, From(configuration));
}
