using Quorum.Publishing.Packs;

namespace Quorum.Web.Pages.Admin.Publishing;

/// <summary>
/// The pack compiler's warm Chromium, started on the first publication rather than with the site (most requests
/// never print) and kept for the life of the host. <c>Publishing:Chromium</c> overrides the executable path.
/// </summary>
public sealed class PackPrinter(IConfiguration configuration) : IAsyncDisposable
{
    private readonly SemaphoreSlim starting = new(1, 1);
    private ChromiumPrinter? printer;

    public async Task<PackCompiler> CompilerAsync(CancellationToken cancellationToken)
    {
        if (printer is null)
        {
            await starting.WaitAsync(cancellationToken);
            try
            {
                printer ??= await ChromiumPrinter.StartAsync(configuration["Publishing:Chromium"] ?? ChromiumPrinter.DefaultExecutable);
            }
            finally
            {
                starting.Release();
            }
        }
        return new PackCompiler(printer);
    }

    public async ValueTask DisposeAsync()
    {
        if (printer is not null)
        {
            await printer.DisposeAsync();
        }
        starting.Dispose();
    }
}
