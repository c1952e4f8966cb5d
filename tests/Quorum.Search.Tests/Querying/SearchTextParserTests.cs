using Quorum.Search.Querying;

namespace Quorum.Search.Tests.Querying;

public sealed class SearchTextParserTests
{
    private static string Describe(string text)
    {
        var (query, problems) = SearchTextParser.Parse(text);
        Assert.Empty(problems);
        return string.Join(" ", query.Clauses.Select(c =>
            (c.IsExcluded ? "-" : "") + (c.IsPhrase ? "[" + string.Join(' ', c.Words) + "]" : c.Words[0]) + (c.IsPrefix ? "*" : "")));
    }

    [Theory]
    [InlineData("Parking enforcement", "parking enforcement")]
    [InlineData("\"station road\" harrow", "[station road] harrow")]
    [InlineData("\u201Cstation road\u201D", "[station road]")]
    [InlineData("inspec* -ofsted", "inspec* -ofsted")]
    [InlineData("-\"green belt\" housing", "-[green belt] housing")]
    [InlineData("Café Ümlaut", "cafe umlaut")]
    [InlineData("don\u2019t co-op A1.2", "[don t] [co op] [a1 2]")]
    [InlineData("a* b", "a b")]
    [InlineData("\" * ( ) NEAR AND -", "[near and]")]
    [InlineData("NEAR(a b) OR c", "near a b or c")]
    [InlineData("x-ray pre-", "[x ray] pre")]
    [InlineData("'; DROP TABLE docs; --", "drop table docs")]
    public void Reads_typed_text_as_words_phrases_prefixes_and_exclusions(string text, string expected) =>
        Assert.Equal(expected, Describe(text));

    [Fact]
    public void Words_hold_only_letters_and_digits_whatever_is_typed()
    {
        var (query, _) = SearchTextParser.Parse("\"a\"\"b\" {c}:d ^e NEAR/3 f* (g OR h) \\i \0j");
        Assert.All(query.Clauses.SelectMany(c => c.Words), w => Assert.True(w.All(char.IsLetterOrDigit), w));
    }
}
