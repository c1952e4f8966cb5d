using Quorum.Publishing.Documents;
using Quorum.Publishing.Packs;

namespace Quorum.Web.Pages.Admin.Publishing;

/// <summary>
/// The pack builder (Quorum.Publishing) with its warm Chromium, started on the first publication rather than with
/// the site (most requests never print) and kept for the life of the host. Packs go to <c>Documents:Packs</c>
/// (where the public site serves them), enclosures are read from the <see cref="DocumentStore"/>;
/// <c>Publishing:Chromium</c> overrides the browser's path.
/// </summary>
public sealed class PackPrinter(IConfiguration configuration, IWebHostEnvironment environment, DocumentStore documents) : IAsyncDisposable
{
    private readonly SemaphoreSlim starting = new(1, 1);
    private ChromiumPrinter? printer;
    private AgendaPackBuilder? builder;

    public PackFolder Folder { get; } = new(Path.Combine(environment.ContentRootPath, configuration["Documents:Packs"] ?? "packs"));

    public async Task<AgendaPackBuilder> BuilderAsync(CancellationToken cancellationToken)
    {
        if (builder is null)
        {
            await starting.WaitAsync(cancellationToken);
            try
            {
                if (builder is null)
                {
                    printer = await ChromiumPrinter.StartAsync(configuration["Publishing:Chromium"] ?? ChromiumPrinter.DefaultExecutable);
                    builder = new AgendaPackBuilder(new PackCompiler(printer), documents, Folder);
                }
            }
            finally
            {
                starting.Release();
            }
        }
        return builder;
    }

    public async ValueTask DisposeAsync()
    {
        builder?.Dispose();
        if (printer is not null)
        {
            await printer.DisposeAsync();
        }
        starting.Dispose();
    }
}
