using Quorum.Publishing.Packs;
using Xunit;

namespace Quorum.TestSupport;

/// <summary>One warm Chromium for a test class, as the site keeps one for its lifetime.</summary>
public sealed class PrinterFixture : IAsyncLifetime
{
    private ChromiumPrinter? printer;

    public PackCompiler Compiler { get; private set; } = null!;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "quorum-packs", Guid.NewGuid().ToString("N"));

    public async ValueTask InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        printer = await ChromiumPrinter.StartAsync();
        Compiler = new PackCompiler(printer);
    }

    public async ValueTask DisposeAsync()
    {
        if (printer is not null)
        {
            await printer.DisposeAsync();
        }
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
