using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;
using Quorum.Domain.People;

namespace Quorum.Data.Configurations.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Title).HasMaxLength(60);
        builder.Property(p => p.GivenName).HasMaxLength(100);
        builder.Property(p => p.FamilyName).HasMaxLength(100);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.PrimitiveCollection(p => p.Aliases);
        builder.HasOne<Council>().WithMany().HasForeignKey(p => p.CouncilId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Ward>().WithMany().HasForeignKey(p => p.WardId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<PartyGroup>().WithMany().HasForeignKey(p => p.PartyGroupId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.CouncilId, p.Slug }).IsUnique();
        builder.HasIndex(p => p.FamilyName);
    }
}
