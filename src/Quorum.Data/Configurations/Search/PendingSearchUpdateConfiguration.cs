using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Data.Search;

namespace Quorum.Data.Configurations.Search;

internal sealed class PendingSearchUpdateConfiguration : IEntityTypeConfiguration<PendingSearchUpdate>
{
    public void Configure(EntityTypeBuilder<PendingSearchUpdate> builder)
    {
        builder.Property(u => u.Id).ValueGeneratedOnAdd();
        builder.Property(u => u.Content).HasConversion<string>().HasMaxLength(40);
        builder.Property(u => u.LastError).HasMaxLength(2000);
        builder.Ignore(u => u.Change);
        builder.HasIndex(u => u.NextAttemptAt);
    }
}
