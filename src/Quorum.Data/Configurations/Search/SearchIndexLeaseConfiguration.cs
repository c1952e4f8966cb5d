using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Data.Search;

namespace Quorum.Data.Configurations.Search;

internal sealed class SearchIndexLeaseConfiguration : IEntityTypeConfiguration<SearchIndexLease>
{
    public void Configure(EntityTypeBuilder<SearchIndexLease> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Holder).HasMaxLength(64);
        // The row exists from the start, so taking the lease is one conditional UPDATE on every engine.
        builder.HasData(new SearchIndexLease { Id = SearchIndexLease.SingleId });
    }
}
