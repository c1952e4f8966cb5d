using NodaTime;
using Quorum.Domain.Committees;

namespace Quorum.Domain.Tests;

public class EntityTests
{
    private static readonly Instant Noon = Instant.FromUtc(2025, 1, 6, 12, 0);

    [Fact]
    public void A_new_record_is_stamped_once_and_keeps_an_imported_creation_time()
    {
        var council = new Council { Name = "Harrow", Slug = new Slug("harrow") };
        council.StampCreated(Noon);
        council.StampCreated(Noon + Duration.FromDays(1));
        Assert.Equal((Noon, Noon), (council.Created, council.Modified));
    }

    [Fact]
    public void Deleting_keeps_the_first_deletion_time_as_the_tombstone()
    {
        var council = new Council { Name = "Harrow", Slug = new Slug("harrow") };
        council.MarkDeleted(Noon);
        council.MarkDeleted(Noon + Duration.FromHours(1));
        Assert.True(council.IsDeleted);
        Assert.Equal(Noon, council.Deleted);
        Assert.Equal(Noon + Duration.FromHours(1), council.Modified);
    }
}
