using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Interests;
using Quorum.Domain.People;

namespace Quorum.Data.Configurations.Interests;

internal sealed class RegisteredInterestConfiguration : IEntityTypeConfiguration<RegisteredInterest>
{
    public void Configure(EntityTypeBuilder<RegisteredInterest> builder)
    {
        builder.Property(i => i.Description).HasMaxLength(2000);
        builder.Property(i => i.Donor).HasMaxLength(300);
        builder.Property(i => i.ValueGbp).HasPrecision(12, 2);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RegisteredInterest>().WithMany().HasForeignKey(i => i.ReplacesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.PersonId, i.RegisteredOn });
    }
}
