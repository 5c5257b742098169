-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "idConverted" BOOLEAN NOT NULL DEFAULT false;
