namespace Quorum.TestSupport;

/// <summary>Locates the repository root and the shared sample packs that sit beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder (samples, ground truth, reference) beside the clone, or null on a bare clone.</summary>
    public static string? Shared
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(Path.Combine(dir, "samples")) ? dir : null;
        }
    }

    /// <summary>The shared samples folder; skips the calling test with a clear message when it is absent.</summary>
    public static string SamplesOrSkip()
    {
        var shared = Shared;
        Xunit.Assert.SkipWhen(shared is null, "../shared/samples is absent (a bare clone); sample-pack tests need it.");
        return Path.Combine(shared!, "samples");
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Quorum.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Quorum.slnx not found above " + AppContext.BaseDirectory);
    }
}
