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
        builder.HasIndex(c => c.Slug).IsUnique();
    }
}
