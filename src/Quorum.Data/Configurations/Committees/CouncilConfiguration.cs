using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;

namespace Quorum.Data.Configurations.Committees;

internal sealed class CouncilConfiguration : IEntityTypeConfiguration<Council>
{
    public void Configure(EntityTypeBuilder<Council> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.ContactEmail).HasMaxLength(200);
        builder.Property(c => c.Address).HasMaxLength(500);
        builder.Property(c => c.Telephone).HasMaxLength(40);
        builder.Property(c => c.WebAddress).HasMaxLength(300);
        builder.Property(c => c.Nation).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => c.Slug).IsUnique();
    }
}
