using System.Globalization;
using System.IO.Compression;
using System.Text;
using Quorum.Domain.Meetings;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace Quorum.Publishing.Packs;

/// <summary>One run of pages in the pack: the front sheet, or an agenda item's report, enclosures and padding.</summary>
internal sealed record PackSection(int? ItemNumber, string Bookmark, IReadOnlyList<byte[]> Pdfs, int PageCount)
{
    public PageRange? Pages { get; set; }
}

/// <summary>
/// A bookmark: the front sheet (no item number), or an agenda item, which leads to its papers or, when it has
/// none in this pack, to the front sheet page that lists it.
/// </summary>
internal sealed record PackBookmark(string Title, int? ItemNumber);

/// <summary>
/// Joins the printed sections into one PDF: every page gets its continuous page number, the first page of each
/// item the "Agenda Item N / Pages x to y" stamp, and each item a bookmark. PdfPig reads the sources; the pages
/// are copied object by object (content streams byte for byte, never decoded) and the stamps added as extra
/// content streams in an embedded TrueType font (Liberation Sans, WinAnsi), because PdfPig's own page copy parses
/// every page's content and took about 9 ms a page, most of a 200-page pack's time budget.
/// The pack is a tagged PDF: each printed part's structure tree (Chromium tags what it prints) is carried across
/// under a section per item, its marked-content keys renumbered, and the stamps are marked as artifacts. An
/// enclosure uploaded untagged stays untagged: its pages are in the pack but not in the structure tree.
/// </summary>
internal static class PackAssembler
{
    public const string FontPath = PrintFonts.Regular;

    private static readonly Lazy<StampFont> Font = new(StampFont.Load);

    public static byte[] Assemble(IReadOnlyList<PackSection> sections, string title, IReadOnlyList<PackBookmark> bookmarks)
    {
        using var writer = new PdfWriter();
        var font = Font.Value.WriteTo(writer);
        var pagesRoot = writer.Reserve();
        var structureRoot = writer.Reserve();
        var documentElement = writer.Reserve();
        var pageRefs = new List<IndirectReferenceToken>();
        var sectionStarts = new Dictionary<int, IndirectReferenceToken>();
        var frontHeadings = new List<(string Title, IndirectReferenceToken Page)>();
        var sectionElements = new List<IToken>();
        var parentTree = new List<(int Key, IToken Value)>();
        var nextParentKey = 0;
        var sources = new List<SourceDocument>();
        try
        {
            foreach (var section in sections)
            {
                var first = true;
                var sectionElement = writer.Reserve();
                var tagged = new List<IToken>();
                foreach (var bytes in section.Pdfs)
                {
                    // A part used twice (the blank page) is read twice: each copy has its own pages and structure.
                    var source = new SourceDocument(PdfDocument.Open(bytes), writer, nextParentKey);
                    sources.Add(source);
                    nextParentKey += source.ParentKeys;
                    foreach (var page in source.Pages)
                    {
                        var number = pageRefs.Count + 1;
                        var before = new StringBuilder();
                        if (first && section is { ItemNumber: { } item, Pages: { } range })
                        {
                            // Drawn before the page's own content so that text extraction reads the stamp first;
                            // an artifact, so that a screen reader does not read it as part of the report.
                            var right = page.Size.Right - 40;
                            before.Append("/Artifact <</Type /Pagination /Subtype /Header>> BDC\n");
                            RightAligned(before, string.Create(CultureInfo.InvariantCulture, $"Agenda Item {item}"), right, page.Size.Top - 28, 10);
                            RightAligned(before, string.Create(CultureInfo.InvariantCulture, $"Pages {range.First} to {range.Last}"), right, page.Size.Top - 41, 10);
                            before.Append("EMC\n");
                        }
                        var footer = string.Create(CultureInfo.InvariantCulture, $"Page {number}");
                        var after = new StringBuilder("/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n");
                        Text(after, footer, page.Size.Left + ((page.Size.Width - Font.Value.Width(footer, 9)) / 2), page.Size.Bottom + 24, 9);
                        after.Append("EMC\n");
                        var reference = source.CopyPage(page, pagesRoot, font, before.ToString(), after.ToString());
                        if (first)
                        {
                            // Items are numbered from 1, so 0 is the front sheet.
                            sectionStarts[section.ItemNumber ?? 0] = reference;
                            first = false;
                        }
                        pageRefs.Add(reference);
                    }
                    if (section.ItemNumber is null)
                    {
                        frontHeadings.AddRange(source.Headings());
                    }
                    if (source.CopyStructure(sectionElement, parentTree) is { } kids)
                    {
                        tagged.AddRange(kids);
                    }
                }
                if (tagged.Count > 0)
                {
                    writer.Write(sectionElement, Dictionary(
                        ("Type", NameToken.Create("StructElem")),
                        ("S", NameToken.Create("Sect")),
                        ("T", TextString(section.Bookmark)),
                        ("P", documentElement),
                        ("K", new ArrayToken(tagged))));
                    sectionElements.Add(sectionElement);
                }
            }
        }
        finally
        {
            foreach (var source in sources)
            {
                source.Document.Dispose();
            }
        }

        writer.Write(documentElement, Dictionary(
            ("Type", NameToken.Create("StructElem")),
            ("S", NameToken.Create("Document")),
            ("Lang", new StringToken(PackHtml.Language)),
            ("P", structureRoot),
            ("K", new ArrayToken(sectionElements))));
        var parentTreeNode = writer.Add(Dictionary(("Nums", new ArrayToken(parentTree.OrderBy(e => e.Key)
            .SelectMany(e => new[] { (IToken)new NumericToken(e.Key), e.Value }).ToList()))));
        writer.Write(structureRoot, Dictionary(
            ("Type", NameToken.Create("StructTreeRoot")),
            ("K", documentElement),
            ("ParentTree", parentTreeNode),
            ("ParentTreeNextKey", new NumericToken(nextParentKey))));

        writer.Write(pagesRoot, Dictionary(
            ("Type", NameToken.Pages),
            ("Kids", new ArrayToken(pageRefs)),
            ("Count", new NumericToken(pageRefs.Count))));
        var outlines = WriteOutlines(writer, bookmarks.Select(b => (b.Title, Target(b))).ToList());
        var catalog = writer.Add(Dictionary(
            ("Type", NameToken.Catalog),
            ("Pages", pagesRoot),
            ("Outlines", outlines),
            ("PageMode", NameToken.Create("UseOutlines")),
            ("StructTreeRoot", structureRoot),
            ("MarkInfo", Dictionary(("Marked", BooleanToken.True))),
            ("Lang", new StringToken(PackHtml.Language)),
            ("ViewerPreferences", Dictionary(("DisplayDocTitle", BooleanToken.True)))));
        var info = writer.Add(Dictionary(
            ("Title", TextString(title)),
            ("Producer", new StringToken("Quorum"))));
        return writer.Finish(catalog, info);

        IndirectReferenceToken Target(PackBookmark bookmark)
        {
            if (bookmark.ItemNumber is not { } item)
            {
                return sectionStarts[0];
            }
            if (sectionStarts.TryGetValue(item, out var papers))
            {
                return papers;
            }
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{item}. ");
            var listed = frontHeadings.FirstOrDefault(h => h.Title.StartsWith(prefix, StringComparison.Ordinal));
            return listed.Page ?? sectionStarts[0];
        }
    }

    private static IndirectReferenceToken WriteOutlines(PdfWriter writer, List<(string Title, IndirectReferenceToken Page)> bookmarks)
    {
        var root = writer.Reserve();
        var items = bookmarks.Select(_ => writer.Reserve()).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var entries = new List<(string, IToken)>
            {
                ("Title", TextString(bookmarks[i].Title)),
                ("Parent", root),
                ("Dest", new ArrayToken([bookmarks[i].Page, NameToken.Create("Fit")])),
            };
            if (i > 0)
            {
                entries.Add(("Prev", items[i - 1]));
            }
            if (i < items.Count - 1)
            {
                entries.Add(("Next", items[i + 1]));
            }
            writer.Write(items[i], Dictionary([.. entries]));
        }
        writer.Write(root, items.Count == 0
            ? Dictionary(("Type", NameToken.Create("Outlines")), ("Count", new NumericToken(0)))
            : Dictionary(("Type", NameToken.Create("Outlines")), ("First", items[0]), ("Last", items[^1]), ("Count", new NumericToken(items.Count))));
        return root;
    }

    private static void RightAligned(StringBuilder content, string text, double right, double y, double size) =>
        Text(content, text, right - Font.Value.Width(text, size), y, size);

    private static void Text(StringBuilder content, string text, double x, double y, double size)
    {
        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
        content.Append(CultureInfo.InvariantCulture, $"BT 0 g /{StampFont.ResourceName} {size:0.##} Tf 1 0 0 1 {x:0.##} {y:0.##} Tm ({escaped}) Tj ET\n");
    }

    internal static DictionaryToken Dictionary(params (string Key, IToken Value)[] entries) =>
        new(entries.ToDictionary(e => NameToken.Create(e.Key), e => e.Value));

    /// <summary>A PDF text string: PDFDocEncoding-safe ASCII as is, anything else (dashes, £, accents) as UTF-16BE.</summary>
    private static StringToken TextString(string text) =>
        text.All(c => c is >= ' ' and <= '~') ? new StringToken(text) : new StringToken(text, StringToken.Encoding.Utf16BE);

    /// <summary>
    /// One source PDF: its pages (with inherited attributes resolved), the objects already copied from it, and its
    /// structure tree, whose parent-tree keys move up by <c>parentKeyOffset</c> so that they follow the previous
    /// parts' keys.
    /// </summary>
    private sealed class SourceDocument
    {
        private static readonly HashSet<string> Dropped = ["Type", "Parent", "Contents", "Resources", "MediaBox", "CropBox", "Rotate", "Annots", "StructParents", "B"];

        private readonly PdfWriter writer;
        private readonly Dictionary<IndirectReference, IndirectReferenceToken> copied = [];
        private readonly Queue<(IndirectReference Source, IndirectReferenceToken Target)> pending = new();
        private readonly int parentKeyOffset;
        private readonly DictionaryToken? structureRoot;

        public SourceDocument(PdfDocument document, PdfWriter writer, int parentKeyOffset)
        {
            Document = document;
            this.writer = writer;
            this.parentKeyOffset = parentKeyOffset;
            var catalog = document.Structure.Catalog.CatalogDictionary;
            var root = Resolve<DictionaryToken>(catalog.Data["Pages"]);
            var pages = new List<SourcePage>();
            Walk(root, null, null, null, null, null, pages, 0);
            Pages = pages;
            // Each page's number in the pack is fixed now, so that the structure tree's and links' references to
            // the source's pages lead to the pack's copies of them.
            foreach (var page in pages.Where(p => p.Source is not null))
            {
                copied[page.Source!.Data] = page.Target;
            }
            if (catalog.Data.TryGetValue("StructTreeRoot", out var structure) && Resolve<IToken>(structure) is DictionaryToken tree)
            {
                structureRoot = tree;
                ParentKeys = tree.Data.TryGetValue("ParentTreeNextKey", out var next) && Resolve<IToken>(next) is NumericToken n
                    ? n.Int
                    : ParentTreeEntries().Select(e => e.Key + 1).DefaultIfEmpty(0).Max();
            }
        }

        public PdfDocument Document { get; }

        public List<SourcePage> Pages { get; }

        /// <summary>How many parent-tree keys this source uses (none when it is untagged).</summary>
        public int ParentKeys { get; }

        /// <summary>The source's own bookmarks (Chromium makes them from headings) with the pack page each leads to.</summary>
        public List<(string Title, IndirectReferenceToken Page)> Headings()
        {
            if (!Document.TryGetBookmarks(out var bookmarks))
            {
                return [];
            }
            return bookmarks.GetNodes().OfType<DocumentBookmarkNode>()
                .Where(b => b.PageNumber >= 1 && b.PageNumber <= Pages.Count)
                .Select(b => (b.Title, Pages[b.PageNumber - 1].Target))
                .ToList();
        }

        /// <summary>
        /// Copies the source's structure tree under <paramref name="section"/> and adds its parent-tree entries,
        /// renumbered; returns the elements to place in the section, or null for an untagged source. The
        /// source's top Document element is left out: the pack has one of its own.
        /// </summary>
        public List<IToken>? CopyStructure(IndirectReferenceToken section, List<(int Key, IToken Value)> parentTree)
        {
            if (structureRoot is null || !structureRoot.Data.TryGetValue("K", out var kids))
            {
                return null;
            }
            if (Document.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"] is IndirectReferenceToken rootReference)
            {
                copied[rootReference.Data] = section;
            }
            if (kids is IndirectReferenceToken only && Resolve<IToken>(only) is DictionaryToken element
                && element.Data.TryGetValue("S", out var role) && role is NameToken { Data: "Document" })
            {
                copied[only.Data] = section;
                if (!element.Data.TryGetValue("K", out kids))
                {
                    return null;
                }
            }
            var copiedKids = Resolve<IToken>(kids) is ArrayToken array ? array.Data.Select(Copy).ToList() : [Copy(kids)];
            foreach (var (key, value) in ParentTreeEntries())
            {
                parentTree.Add((parentKeyOffset + key, Copy(value)));
            }
            Drain();
            return copiedKids;
        }

        private List<(int Key, IToken Value)> ParentTreeEntries()
        {
            var entries = new List<(int, IToken)>();
            if (structureRoot?.Data.TryGetValue("ParentTree", out var tree) == true)
            {
                Collect(Resolve<DictionaryToken>(tree), 0);
            }
            return entries;

            void Collect(DictionaryToken node, int depth)
            {
                if (depth > 64)
                {
                    throw new InvalidOperationException("The PDF's structure parent tree is too deep to be a real document.");
                }
                if (node.Data.TryGetValue("Nums", out var nums) && Resolve<IToken>(nums) is ArrayToken pairs)
                {
                    for (var i = 0; i + 1 < pairs.Data.Count; i += 2)
                    {
                        entries.Add((Resolve<NumericToken>(pairs.Data[i]).Int, pairs.Data[i + 1]));
                    }
                }
                if (node.Data.TryGetValue("Kids", out var kids) && Resolve<IToken>(kids) is ArrayToken children)
                {
                    foreach (var child in children.Data)
                    {
                        Collect(Resolve<DictionaryToken>(child), depth + 1);
                    }
                }
            }
        }

        public IndirectReferenceToken CopyPage(SourcePage page, IndirectReferenceToken parent, IndirectReferenceToken font, string before, string after)
        {
            var entries = page.Dictionary.Data
                .Where(e => !Dropped.Contains(e.Key))
                .ToDictionary(e => NameToken.Create(e.Key), e => Copy(e.Value));
            entries[NameToken.Type] = NameToken.Page;
            entries[NameToken.Parent] = parent;
            entries[NameToken.MediaBox] = new ArrayToken([new NumericToken(page.Size.Left), new NumericToken(page.Size.Bottom), new NumericToken(page.Size.Right), new NumericToken(page.Size.Top)]);
            if (page.Rotate is { } rotate)
            {
                entries[NameToken.Rotate] = rotate;
            }
            entries[NameToken.Resources] = Resources(page.Resources, font);
            if (structureRoot is not null && page.Dictionary.Data.TryGetValue("StructParents", out var parents) && Resolve<IToken>(parents) is NumericToken key)
            {
                entries[NameToken.Create("StructParents")] = new NumericToken(parentKeyOffset + key.Int);
            }

            // The page's own content is wrapped in q/Q so that whatever state it leaves (Chromium flips the
            // coordinate system) cannot move the footer.
            var contents = new List<IToken>();
            if (before.Length > 0)
            {
                contents.Add(writer.AddStream(before));
            }
            contents.Add(writer.AddStream("q\n"));
            foreach (var stream in ContentStreams(page.Dictionary))
            {
                contents.Add(Copy(stream));
            }
            contents.Add(writer.AddStream("Q\n" + after));
            entries[NameToken.Contents] = new ArrayToken(contents);

            if (page.Dictionary.Data.TryGetValue("Annots", out var annots) && WebLinks(annots) is { Count: > 0 } links)
            {
                entries[NameToken.Annots] = new ArrayToken(links);
            }
            writer.Write(page.Target, new DictionaryToken(entries));
            Drain();
            return page.Target;
        }

        private IEnumerable<IToken> ContentStreams(DictionaryToken page)
        {
            if (!page.Data.TryGetValue("Contents", out var contents))
            {
                return [];
            }
            return Resolve<IToken>(contents) is ArrayToken array ? array.Data : [contents];
        }

        /// <summary>The page's resources with the stamp font added under a name no source uses.</summary>
        private DictionaryToken Resources(IToken? resources, IndirectReferenceToken font)
        {
            var source = resources is null ? DictionaryToken.Empty : Resolve<DictionaryToken>(resources);
            var entries = source.Data.Where(e => e.Key != "Font").ToDictionary(e => NameToken.Create(e.Key), e => Copy(e.Value));
            var fonts = source.Data.TryGetValue("Font", out var sourceFonts)
                ? Resolve<DictionaryToken>(sourceFonts).Data.ToDictionary(e => NameToken.Create(e.Key), e => Copy(e.Value))
                : [];
            fonts[NameToken.Create(StampFont.ResourceName)] = font;
            entries[NameToken.Font] = new DictionaryToken(fonts);
            return new DictionaryToken(entries);
        }

        /// <summary>Web links survive (each keeps its place in the structure tree); other annotations are left out.</summary>
        private List<IToken> WebLinks(IToken annots)
        {
            var links = new List<IToken>();
            if (Resolve<IToken>(annots) is not ArrayToken array)
            {
                return links;
            }
            foreach (var annot in array.Data)
            {
                if (Resolve<IToken>(annot) is DictionaryToken link
                    && link.Data.TryGetValue("A", out var action)
                    && Resolve<IToken>(action) is DictionaryToken a
                    && a.Data.TryGetValue("S", out var kind) && kind is NameToken { Data: "URI" })
                {
                    links.Add(Copy(annot));
                }
            }
            return links;
        }

        private void Walk(DictionaryToken node, IndirectReferenceToken? reference, IToken? resources, IToken? mediaBox, IToken? cropBox, IToken? rotate, List<SourcePage> pages, int depth)
        {
            if (depth > 64)
            {
                throw new InvalidOperationException("The PDF's page tree is too deep to be a real document.");
            }
            resources = node.Data.GetValueOrDefault("Resources") ?? resources;
            mediaBox = node.Data.GetValueOrDefault("MediaBox") ?? mediaBox;
            cropBox = node.Data.GetValueOrDefault("CropBox") ?? cropBox;
            rotate = node.Data.GetValueOrDefault("Rotate") ?? rotate;
            if (node.Data.TryGetValue("Kids", out var kids))
            {
                foreach (var kid in Resolve<ArrayToken>(kids).Data)
                {
                    Walk(Resolve<DictionaryToken>(kid), kid as IndirectReferenceToken, resources, mediaBox, cropBox, rotate, pages, depth + 1);
                }
                return;
            }
            // The visible area is the crop box where there is one; stamps are placed within it.
            var box = Rectangle(cropBox ?? mediaBox) ?? new PdfRectangle(0, 0, 595.28, 841.89);
            pages.Add(new SourcePage(node, reference, writer.Reserve(), resources, box, rotate is null ? null : Resolve<IToken>(rotate)));
        }

        private PdfRectangle? Rectangle(IToken? token)
        {
            if (token is null || Resolve<IToken>(token) is not ArrayToken { Data.Count: 4 } array)
            {
                return null;
            }
            var n = array.Data.Select(v => Resolve<NumericToken>(v).Double).ToArray();
            return new PdfRectangle(Math.Min(n[0], n[2]), Math.Min(n[1], n[3]), Math.Max(n[0], n[2]), Math.Max(n[1], n[3]));
        }

        private T Resolve<T>(IToken token)
            where T : class, IToken
        {
            var resolved = token is IndirectReferenceToken reference ? Document.Structure.GetObject(reference.Data).Data : token;
            return resolved as T ?? throw new InvalidOperationException($"The PDF is damaged: expected {typeof(T).Name} but found {resolved.GetType().Name}.");
        }

        /// <summary>Copies a token into the output, giving each source object a new number the first time it is met.</summary>
        private IToken Copy(IToken token)
        {
            switch (token)
            {
                case IndirectReferenceToken reference:
                    if (!copied.TryGetValue(reference.Data, out var target))
                    {
                        target = writer.Reserve();
                        copied.Add(reference.Data, target);
                        pending.Enqueue((reference.Data, target));
                    }
                    return target;
                case DictionaryToken dictionary:
                    // A page or page tree reached through an object (a link, a structure element) would copy the
                    // whole source document; the pack carries its own page tree.
                    if (dictionary.Data.TryGetValue("Type", out var type) && type is NameToken { Data: "Page" or "Pages" })
                    {
                        return NullToken.Instance;
                    }
                    var copiedEntries = dictionary.Data.ToDictionary(e => NameToken.Create(e.Key), e => Copy(e.Value));
                    // An annotation's or form's key in the structure parent tree, renumbered like the pages' keys.
                    if (structureRoot is not null && dictionary.Data.TryGetValue("StructParent", out var parent) && parent is NumericToken parentKey)
                    {
                        copiedEntries[NameToken.Create("StructParent")] = new NumericToken(parentKeyOffset + parentKey.Int);
                    }
                    return new DictionaryToken(copiedEntries);
                case ArrayToken array:
                    return new ArrayToken(array.Data.Select(Copy).ToList());
                case StreamToken stream:
                    var entries = stream.StreamDictionary.Data.Where(e => e.Key != "Length").ToDictionary(e => NameToken.Create(e.Key), e => Copy(e.Value));
                    entries[NameToken.Length] = new NumericToken(stream.Data.Length);
                    return new StreamToken(new DictionaryToken(entries), stream.Data);
                default:
                    return token;
            }
        }

        private void Drain()
        {
            while (pending.TryDequeue(out var next))
            {
                writer.Write(next.Target, Copy(Document.Structure.GetObject(next.Source).Data));
            }
        }
    }

    /// <summary>A source page: its dictionary, its object in the source (null if written inline) and its object in the pack.</summary>
    private sealed record SourcePage(DictionaryToken Dictionary, IndirectReferenceToken? Source, IndirectReferenceToken Target, IToken? Resources, PdfRectangle Size, IToken? Rotate);

    /// <summary>Liberation Sans as a simple TrueType font in WinAnsi encoding: the stamps are plain ASCII.</summary>
    private sealed class StampFont
    {
        public const string ResourceName = "QuorumStamp";

        private const int FirstChar = 32;
        private const int LastChar = 126;

        private readonly byte[] program;
        private readonly double[] widths;

        private StampFont(byte[] program, double[] widths)
        {
            this.program = program;
            this.widths = widths;
        }

        public static StampFont Load()
        {
            if (!File.Exists(FontPath))
            {
                throw new FileNotFoundException($"The stamp font {FontPath} is missing; install the 'fonts-liberation' package (test.sh does).", FontPath);
            }
            var program = File.ReadAllBytes(FontPath);
            var font = TrueTypeFontParser.Parse(new TrueTypeDataBytes(program));
            var unitsPerEm = font.GetUnitsPerEm();
            var widths = Enumerable.Range(FirstChar, LastChar - FirstChar + 1)
                .Select(c => font.TryGetAdvanceWidth(c, out var w) ? Math.Round(w * 1000 / unitsPerEm) : 556)
                .ToArray();
            return new StampFont(program, widths);
        }

        public double Width(string text, double size) =>
            text.Sum(c => c is >= (char)FirstChar and <= (char)LastChar ? widths[c - FirstChar] : 556) * size / 1000;

        public IndirectReferenceToken WriteTo(PdfWriter writer)
        {
            using var packed = new MemoryStream();
            using (var zlib = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            {
                zlib.Write(program);
            }
            var file = writer.Add(new StreamToken(
                Dictionary(("Length", new NumericToken(packed.Length)), ("Length1", new NumericToken(program.Length)), ("Filter", NameToken.FlateDecode)),
                packed.ToArray()));
            var name = NameToken.Create("LiberationSans");
            var descriptor = writer.Add(Dictionary(
                ("Type", NameToken.FontDescriptor),
                ("FontName", name),
                ("Flags", new NumericToken(32)),
                ("FontBBox", new ArrayToken([new NumericToken(-544), new NumericToken(-303), new NumericToken(1302), new NumericToken(980)])),
                ("ItalicAngle", new NumericToken(0)),
                ("Ascent", new NumericToken(905)),
                ("Descent", new NumericToken(-212)),
                ("CapHeight", new NumericToken(729)),
                ("StemV", new NumericToken(80)),
                ("FontFile2", file)));
            return writer.Add(Dictionary(
                ("Type", NameToken.Font),
                ("Subtype", NameToken.TrueType),
                ("BaseFont", name),
                ("FirstChar", new NumericToken(FirstChar)),
                ("LastChar", new NumericToken(LastChar)),
                ("Widths", new ArrayToken(widths.Select(w => (IToken)new NumericToken(w)).ToList())),
                ("Encoding", NameToken.WinAnsiEncoding),
                ("FontDescriptor", descriptor)));
        }
    }

    /// <summary>Writes numbered objects one after another and the cross-reference table at the end.</summary>
    private sealed class PdfWriter : IDisposable
    {
        private readonly MemoryStream output = new();
        private readonly MemoryStream scratch = new();
        private readonly Dictionary<IndirectReference, long> offsets = [];
        private long next = 1;

        public PdfWriter()
        {
            output.Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"u8);
        }

        public IndirectReferenceToken Reserve() => new(new IndirectReference(next++, 0));

        public IndirectReferenceToken Add(IToken token)
        {
            var reference = Reserve();
            Write(reference, token);
            return reference;
        }

        public IndirectReferenceToken AddStream(string content)
        {
            var bytes = Encoding.ASCII.GetBytes(content);
            return Add(new StreamToken(Dictionary(("Length", new NumericToken(bytes.Length))), bytes));
        }

        public void Write(IndirectReferenceToken reference, IToken token)
        {
            scratch.SetLength(0);
            TokenWriter.Instance.WriteToken(token, scratch);
            offsets[reference.Data] = output.Position;
            TokenWriter.Instance.WriteObject(reference.Data.ObjectNumber, reference.Data.Generation, scratch.ToArray(), output);
        }

        public void Dispose()
        {
            output.Dispose();
            scratch.Dispose();
        }

        public byte[] Finish(IndirectReferenceToken catalog, IndirectReferenceToken info)
        {
            TokenWriter.Instance.WriteCrossReferenceTable(offsets, catalog.Data, output, info.Data, null);
            return output.ToArray();
        }
    }
}
