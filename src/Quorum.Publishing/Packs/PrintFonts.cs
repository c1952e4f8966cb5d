namespace Quorum.Publishing.Packs;

/// <summary>The font stamps and drawn pages use: Liberation Sans, metric-compatible with Arial (Debian's fonts-liberation).</summary>
public static class PrintFonts
{
    public const string Regular = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf";
}
