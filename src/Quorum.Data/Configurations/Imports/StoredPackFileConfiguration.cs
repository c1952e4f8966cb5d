using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Imports;

namespace Quorum.Data.Configurations.Imports;

internal sealed class StoredPackFileConfiguration : IEntityTypeConfiguration<StoredPackFile>
{
    public void Configure(EntityTypeBuilder<StoredPackFile> builder)
    {
        builder.ToTable("StoredPackFiles");
        builder.HasKey(f => f.ContentHash);
        builder.Property(f => f.ContentHash).HasMaxLength(64);
    }
}
