namespace Quorum.Publishing.Packs;

/// <summary>
/// The host's one browser, started on first use and kept warm for the life of the process (starting Chromium
/// costs seconds; a warm print costs tens of milliseconds). Register it as a singleton.
/// </summary>
public sealed class WarmChromium : IAsyncDisposable
{
    private readonly Lazy<Task<ChromiumPrinter>> printer;
    private readonly Lazy<Task<PackCompiler>> compiler;

    public WarmChromium()
        : this(ChromiumPrinter.DefaultExecutable)
    {
    }

    public WarmChromium(string executablePath)
    {
        printer = new(() => ChromiumPrinter.StartAsync(executablePath));
        compiler = new(async () => new PackCompiler(await printer.Value.ConfigureAwait(false)));
    }

    public async Task<ChromiumPrinter> PrinterAsync(CancellationToken cancellationToken = default) =>
        await printer.Value.WaitAsync(cancellationToken).ConfigureAwait(false);

    public async Task<PackCompiler> CompilerAsync(CancellationToken cancellationToken = default) =>
        await compiler.Value.WaitAsync(cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (printer.IsValueCreated)
        {
            await (await printer.Value.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        }
    }
}
