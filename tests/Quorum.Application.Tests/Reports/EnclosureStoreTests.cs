using System.Text;
using Quorum.Application.Documents;
using Quorum.Application.Reports;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Reports;

/// <summary>Enclosure uploads: only real PDFs within the size limit are stored, and refusals say why.</summary>
public sealed class EnclosureStoreTests
{
    private readonly string root = Path.GetDirectoryName(TestDatabases.NewSqlitePath("enclosures"))!;

    private EnclosureStore Store(long megabytes = 1)
    {
        return new EnclosureStore(new DocumentStore(Path.Combine(root, "documents")), new EnclosureRules(megabytes * 1024 * 1024));
    }

    private static async Task<StoredEnclosure> Upload(EnclosureStore store, byte[] bytes, string name)
    {
        using var content = new MemoryStream(bytes);
        return await store.SaveAsync(content, name, bytes.Length, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_file_that_is_not_a_PDF_is_refused_whatever_its_name_says()
    {
        var ex = await Assert.ThrowsAsync<EnclosureRejectedException>(() => Upload(Store(), Encoding.UTF8.GetBytes("PK\u0003\u0004 a Word file"), "Appendix 1.pdf"));
        Assert.Equal("'Appendix 1.pdf' is not a PDF. Enclosures must be PDF files; save the document as PDF and upload that.", ex.Message);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_the_limit()
    {
        var big = new byte[(1024 * 1024) + 1];
        "%PDF-1.7"u8.CopyTo(big);
        var ex = await Assert.ThrowsAsync<EnclosureRejectedException>(() => Upload(Store(), big, "Big.pdf"));
        Assert.Equal("'Big.pdf' is 1.0 MB; enclosures must be 1 MB or smaller.", ex.Message);
    }

    [Fact]
    public async Task A_broken_file_that_only_starts_like_a_PDF_is_refused()
    {
        var ex = await Assert.ThrowsAsync<EnclosureRejectedException>(() => Upload(Store(), "%PDF-1.7 and then nothing"u8.ToArray(), "Broken.pdf"));
        Assert.StartsWith("'Broken.pdf' starts like a PDF but cannot be read", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_PDF_is_stored_under_its_SHA_256_with_its_page_count()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var pdf = builder.Build();
        var stored = await Upload(Store(), pdf, "Appendix 2.pdf");
        Assert.Equal(2, stored.PageCount);
        Assert.Equal($"uploads/{stored.Sha256}.pdf", stored.StoragePath);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Path.Combine(root, "documents", stored.StoragePath), TestContext.Current.CancellationToken));
    }
}
